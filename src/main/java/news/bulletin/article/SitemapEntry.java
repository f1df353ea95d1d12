package news.bulletin.article;

import java.time.Instant;

/** A published story as a sitemap lists it: its address and when it last changed. */
public record SitemapEntry(String path, Instant lastModified) {}
