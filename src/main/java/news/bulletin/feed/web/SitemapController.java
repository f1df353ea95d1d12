package news.bulletin.feed.web;

import java.time.Duration;
import news.bulletin.feed.Sitemaps;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Sitemaps and robots.txt for search engines. */
@RestController
class SitemapController {
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Sitemaps sitemaps;

    SitemapController(Sitemaps sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() {
        return xml(sitemaps.index());
    }

    @GetMapping("/sitemaps/articles-{page:\\d{1,6}}.xml")
    ResponseEntity<String> articles(@PathVariable int page) {
        return xml(sitemaps.articles(page));
    }

    @GetMapping("/sitemaps/sections.xml")
    ResponseEntity<String> sections() {
        return xml(sitemaps.sections());
    }

    @GetMapping("/sitemaps/tags.xml")
    ResponseEntity<String> tags() {
        return xml(sitemaps.tags());
    }

    @GetMapping("/sitemaps/authors.xml")
    ResponseEntity<String> authors() {
        return xml(sitemaps.authors());
    }

    @GetMapping("/sitemap-news.xml")
    ResponseEntity<String> news() {
        return xml(sitemaps.news());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(sitemaps.robots());
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok()
                .contentType(XML)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(body);
    }
}
