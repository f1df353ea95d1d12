package news.bulletin.newsroom.web;

import java.util.List;
import news.bulletin.account.Person;
import news.bulletin.media.Media;
import org.jspecify.annotations.Nullable;

/**
 * An author's profile as administrators edit it.
 *
 * @param bio the bio as typed
 * @param photoId the chosen photo, or null for none
 * @param images described images from the library to choose from
 * @param problem what was wrong with the last save, or null
 */
public record ProfilePage(
        Person person,
        String bio,
        @Nullable Long photoId,
        List<Media> images,
        @Nullable String problem,
        String notice) {

    public boolean isPhoto(Media image) {
        return photoId != null && photoId == image.id();
    }
}
