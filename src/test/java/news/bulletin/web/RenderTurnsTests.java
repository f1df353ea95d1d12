package news.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pages missing from the cache are rendered in turns (here one at a time), while pages already
 * cached are answered at once.
 */
@SiteTest
class RenderTurnsTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "render-turns");
        registry.add("bulletin.sample-content", () -> "false");
        registry.add("bulletin.page-cache.concurrent-renders", () -> "1");
    }

    /** A public page that takes as long to render as the test says. */
    @RestController
    static class SlowPages {
        final CountDownLatch finish = new CountDownLatch(1);
        final AtomicInteger rendering = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @GetMapping(value = "/slow-test-page/{number}", produces = MediaType.TEXT_HTML_VALUE)
        String page(@PathVariable int number, HttpServletRequest request) throws InterruptedException {
            PageKeys.add(request, "slow-test-page");
            mostAtOnce.accumulateAndGet(rendering.incrementAndGet(), Math::max);
            try {
                finish.await(30, TimeUnit.SECONDS);
            } finally {
                rendering.decrementAndGet();
            }
            return "<!DOCTYPE html><p>Slow page " + number + "</p>";
        }
    }

    @TestConfiguration
    static class Pages {
        @Bean
        SlowPages slowPages() {
            return new SlowPages();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SlowPages slow;

    @Autowired
    PageCache cache;

    @Test
    void aSecondMissingPageWaitsForItsTurnWhileCachedPagesAreAnsweredAtOnce() throws Exception {
        Http http = new Http(port);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> first = readers.submit(() -> http.get("/slow-test-page/1"));
            Future<HttpResponse<String>> second = readers.submit(() -> http.get("/slow-test-page/2"));
            waitUntil(() -> slow.rendering.get() == 1);
            Thread.sleep(300);

            assertThat(slow.rendering.get()).as("renders under way").isEqualTo(1);
            long hits = cache.stats().hits();
            assertThat(http.get("/").statusCode()).isEqualTo(200);
            assertThat(cache.stats().hits())
                    .as("the cached home page answered meanwhile")
                    .isEqualTo(hits + 1);

            slow.finish.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).body()).contains("Slow page 1");
            assertThat(second.get(30, TimeUnit.SECONDS).body()).contains("Slow page 2");
            assertThat(slow.mostAtOnce.get()).as("most renders at once").isEqualTo(1);
        } finally {
            slow.finish.countDown();
            readers.shutdownNow();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
