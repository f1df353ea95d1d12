package news.bulletin.feed;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One story in a feed.
 *
 * @param id a stable id that survives a change of headline or address
 * @param contentHtml the whole story with absolute links, or null when the site sends summaries
 * @param image the hero image, or null
 */
record FeedEntry(
        String id,
        String url,
        String title,
        String summary,
        @Nullable String contentHtml,
        Instant published,
        Instant updated,
        List<FeedAuthor> authors,
        List<String> categories,
        @Nullable FeedImage image) {

    record FeedAuthor(String name, String url) {}

    record FeedImage(String url, String type, long length) {}
}
