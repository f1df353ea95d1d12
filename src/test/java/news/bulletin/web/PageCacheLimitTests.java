package news.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import news.bulletin.article.TestArticles;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Requests crafted to fill the page cache cannot take it past its byte limit. */
@SiteTest
class PageCacheLimitTests {
    private static final long LIMIT = 300 * 1024;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "page-cache-limit");
        registry.add("bulletin.sample-content", () -> "false");
        registry.add("bulletin.page-cache.max-size", () -> LIMIT + "B");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PageCache cache;

    @Test
    void aFloodOfDistinctPagesStaysWithinTheByteLimit() {
        var test = new TestArticles(context);
        for (int i = 0; i < 5; i++) {
            test.article("Limit story " + i).tagged("limit").publish();
        }
        Http reader = new Http(port);
        for (int i = 0; i < 120; i++) {
            assertThat(reader.get("/search?q=limit+" + i).statusCode()).isEqualTo(200);
            assertThat(reader.get("/search?q=story&page=" + (i + 2)).statusCode())
                    .isEqualTo(200);
            reader.get("/tag/limit?utm_campaign=" + i + "&ref=" + i);
        }
        var stats = cache.stats();
        assertThat(stats.renders()).as("pages were cached").isGreaterThan(20);
        assertThat(stats.bytes()).isPositive().isLessThanOrEqualTo(LIMIT);
    }
}
