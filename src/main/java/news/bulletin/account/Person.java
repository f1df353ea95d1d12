package news.bulletin.account;

import org.jspecify.annotations.Nullable;

/**
 * Somebody known to the site: a reader, or a member of staff whose byline links to their page.
 *
 * @param photoMediaId the author photo, an image in the media library, or null
 */
public record Person(
        long id,
        String name,
        String slug,
        String bio,
        Role role,
        @Nullable Long photoMediaId) {
    /** The author page; only staff have one. */
    public String path() {
        return "/author/" + slug;
    }
}
