package news.bulletin.feed;

import java.util.List;

/**
 * A feed, written out.
 *
 * @param keys the surrogate keys of what it shows, for the page cache
 */
public record Feed(String body, List<String> keys) {}
