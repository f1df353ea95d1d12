package news.bulletin.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed before it is written in one of the formats.
 *
 * @param pageUrl the page the feed follows, absolute
 * @param feedUrl the feed's own address without its file name, absolute, such as {@code https://x/section/world/}
 */
record FeedContent(
        String title, String description, String pageUrl, String feedUrl, Instant updated, List<FeedEntry> entries) {}
