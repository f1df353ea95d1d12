package news.bulletin.media.web;

import news.bulletin.media.Media;
import news.bulletin.shared.Paging;
import org.jspecify.annotations.Nullable;

/**
 * The media library: uploads, search and a page of items.
 *
 * @param uploadProblem why the last upload was refused, or null
 */
public record LibraryPage(
        Paging<Media> items, String query, @Nullable String uploadProblem, String notice) {
    public String pageHref(int page) {
        return "/newsroom/media?page=" + page
                + (query.isEmpty()
                        ? ""
                        : "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
    }
}
