package news.bulletin.feed.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import news.bulletin.feed.Sitemaps;
import news.bulletin.shared.ContentKeys;
import news.bulletin.web.PageKeys;
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
    ResponseEntity<String> index(HttpServletRequest request) {
        return xml(sitemaps.index(), request);
    }

    @GetMapping("/sitemaps/articles-{page:\\d{1,6}}.xml")
    ResponseEntity<String> articles(@PathVariable int page, HttpServletRequest request) {
        return xml(sitemaps.articles(page), request);
    }

    @GetMapping("/sitemaps/sections.xml")
    ResponseEntity<String> sections(HttpServletRequest request) {
        return xml(sitemaps.sections(), request);
    }

    @GetMapping("/sitemaps/tags.xml")
    ResponseEntity<String> tags(HttpServletRequest request) {
        return xml(sitemaps.tags(), request);
    }

    @GetMapping("/sitemaps/authors.xml")
    ResponseEntity<String> authors(HttpServletRequest request) {
        return xml(sitemaps.authors(), request);
    }

    @GetMapping("/sitemap-news.xml")
    ResponseEntity<String> news(HttpServletRequest request) {
        return xml(sitemaps.news(), request);
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        PageKeys.add(request, ContentKeys.SITE);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(sitemaps.robots());
    }

    /** Sitemaps list every story, section, tag and author, so any change to those renders them again. */
    private static ResponseEntity<String> xml(String body, HttpServletRequest request) {
        PageKeys.add(request, ContentKeys.SITE, ContentKeys.STORIES);
        return ResponseEntity.ok()
                .contentType(XML)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(body);
    }
}
