package news.bulletin.article.web;

import news.bulletin.article.ArticleSummary;
import news.bulletin.media.Media;
import news.bulletin.shared.Paging;
import org.jspecify.annotations.Nullable;

/**
 * A section, tag or author page: a title, a description or bio, and one page of stories newest first.
 *
 * @param kind what is listed: "Section", "Topic" or "Author"
 * @param path the page's address without {@code ?page}
 * @param accent the section's colour class, or null
 * @param portrait the author's photo on an author page, or null
 */
public record ArchivePage(
        String kind,
        String title,
        String description,
        String path,
        @Nullable String accent,
        Paging<ArticleSummary> stories,
        @Nullable Media portrait) {

    /** The address of another page of this list; page 1 has no parameter, so it has one address. */
    public String pageHref(int page) {
        return page <= 1 ? path : path + "?page=" + page;
    }

    public String documentTitle() {
        return stories.page() > 1 ? title + " – page " + stories.page() : title;
    }
}
