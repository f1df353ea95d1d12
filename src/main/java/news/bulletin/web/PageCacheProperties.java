package news.bulletin.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The page cache's settings, under {@code bulletin.page-cache}.
 *
 * @param enabled false to render every page afresh (for measuring cold renders)
 * @param maxSize the most bytes the cached pages may take, plain and gzip together
 * @param cacheControl what public cached pages tell browsers and CDNs
 * @param timeToLive how long a page stays at most, as a safety net under exact eviction
 * @param concurrentRenders how many pages missing from the cache are rendered at once; the other
 *     requests for missing pages wait their turn. 0 means twice the processors
 */
@ConfigurationProperties("bulletin.page-cache")
public record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("64MB") DataSize maxSize,

        @DefaultValue("public, max-age=60, stale-while-revalidate=600")
        String cacheControl,

        @DefaultValue("1h") Duration timeToLive,
        @DefaultValue("0") int concurrentRenders) {}
