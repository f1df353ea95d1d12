package news.bulletin.feed.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import news.bulletin.feed.Feed;
import news.bulletin.feed.FeedFormat;
import news.bulletin.feed.FeedSource;
import news.bulletin.web.PageKeys;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The feeds: the site's and each section's, tag's and author's, as RSS, Atom and JSON Feed. */
@RestController
class FeedController {
    private static final String FILE = "{file:feed\\.xml|atom\\.xml|feed\\.json}";

    private final FeedSource feeds;

    FeedController(FeedSource feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/" + FILE)
    ResponseEntity<String> site(@PathVariable String file, HttpServletRequest request) {
        FeedFormat format = FeedFormat.ofFileName(file);
        return answer(feeds.site(format), format, request);
    }

    @GetMapping("/section/{slug}/" + FILE)
    ResponseEntity<String> section(@PathVariable String slug, @PathVariable String file, HttpServletRequest request) {
        FeedFormat format = FeedFormat.ofFileName(file);
        return answer(feeds.section(slug, format), format, request);
    }

    @GetMapping("/tag/{slug}/" + FILE)
    ResponseEntity<String> tag(@PathVariable String slug, @PathVariable String file, HttpServletRequest request) {
        FeedFormat format = FeedFormat.ofFileName(file);
        return answer(feeds.tag(slug, format), format, request);
    }

    @GetMapping("/author/{slug}/" + FILE)
    ResponseEntity<String> author(@PathVariable String slug, @PathVariable String file, HttpServletRequest request) {
        FeedFormat format = FeedFormat.ofFileName(file);
        return answer(feeds.author(slug, format), format, request);
    }

    private static ResponseEntity<String> answer(Feed feed, FeedFormat format, HttpServletRequest request) {
        PageKeys.add(request, feed.keys());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType() + ";charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(feed.body());
    }
}
