package news.bulletin.newsroom.web;

import java.util.List;
import java.util.Map;
import news.bulletin.media.Media;
import news.bulletin.newsroom.SettingsForm;

/**
 * The site settings form.
 *
 * @param logos described images from the library to choose the logo from
 * @param problems what was wrong with the last save, by setting name
 */
public record SettingsPage(SettingsForm form, List<Media> logos, Map<String, String> problems, String notice) {
    public boolean isLogo(Media image) {
        return image.url().equals(form.get("logo"));
    }
}
