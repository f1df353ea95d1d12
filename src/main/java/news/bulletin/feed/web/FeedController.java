package news.bulletin.feed.web;

import java.time.Duration;
import news.bulletin.feed.FeedFormat;
import news.bulletin.feed.FeedSource;
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
    ResponseEntity<String> site(@PathVariable String file) {
        FeedFormat format = FeedFormat.ofFileName(file);
        return answer(feeds.site(format), format);
    }

    @GetMapping("/section/{slug}/" + FILE)
    ResponseEntity<String> section(@PathVariable String slug, @PathVariable String file) {
        FeedFormat format = FeedFormat.ofFileName(file);
        return answer(feeds.section(slug, format), format);
    }

    @GetMapping("/tag/{slug}/" + FILE)
    ResponseEntity<String> tag(@PathVariable String slug, @PathVariable String file) {
        FeedFormat format = FeedFormat.ofFileName(file);
        return answer(feeds.tag(slug, format), format);
    }

    @GetMapping("/author/{slug}/" + FILE)
    ResponseEntity<String> author(@PathVariable String slug, @PathVariable String file) {
        FeedFormat format = FeedFormat.ofFileName(file);
        return answer(feeds.author(slug, format), format);
    }

    private static ResponseEntity<String> answer(String body, FeedFormat format) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType() + ";charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(body);
    }
}
