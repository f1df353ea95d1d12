package news.bulletin.newsroom;

import java.util.List;
import news.bulletin.media.Media;
import news.bulletin.media.MediaUsage;
import news.bulletin.media.MediaUse;
import news.bulletin.shared.SiteSettings;
import org.springframework.stereotype.Component;

/** Tells the media library when an image is the site's logo. */
@Component
class SiteLogoUsage implements MediaUsage {
    private final SiteSettings settings;

    SiteLogoUsage(SiteSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<MediaUse> usesOf(Media media) {
        return media.url().equals(settings.logo())
                ? List.of(new MediaUse("The site's logo", "/newsroom/settings"))
                : List.of();
    }
}
