package news.bulletin.web;

import static news.bulletin.web.ErrorLeakAssertions.assertNothingLeaks;
import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.Content;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Pages are rendered whole before they are sent: a page that fails half-way sends the error page,
 * never the half written so far, even when that half is larger than the server's output buffer.
 */
@SiteTest
class WholePageViewTests {
    private static final String PARAGRAPH = "<p>" + "A long paragraph of the test page. ".repeat(40) + "</p>\n";
    private static final int PARAGRAPHS = 30;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "whole-page");
        registry.add("bulletin.sample-content", () -> "false");
    }

    /** A page of about 40 KB, five times Tomcat's output buffer, which may fail at its end. */
    @Controller
    static class LongPages {
        // Under /api, a private path, so that the page cache, which keeps renders to itself, is not involved.
        @GetMapping("/api/whole-page-test/{ending}")
        String page(@PathVariable String ending, Model model) {
            model.addAttribute("title", "Whole page test");
            model.addAttribute("content", (Content) output -> {
                for (int i = 0; i < PARAGRAPHS; i++) {
                    output.writeContent(PARAGRAPH);
                }
                if ("fails".equals(ending)) {
                    throw new IllegalStateException("the page failed after writing " + PARAGRAPHS + " paragraphs");
                }
            });
            return "layout/page";
        }
    }

    @TestConfiguration
    static class Pages {
        @Bean
        LongPages longPages() {
            return new LongPages();
        }
    }

    @LocalServerPort
    int port;

    @Test
    void aPageIsSentWholeWithItsLength() {
        HttpResponse<String> page = new Http(port).get("/api/whole-page-test/completes");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().split("A long paragraph of the test page", -1)).hasSize(PARAGRAPHS * 40 + 1);
        assertThat(page.body()).contains("</html>");
        assertThat(page.headers().firstValueAsLong("Content-Length"))
                .hasValue(page.body().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aPageThatFailsHalfWaySendsTheErrorPageAndNoneOfItsHalf() {
        HttpResponse<String> page = new Http(port).get("/api/whole-page-test/fails");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).doesNotContain("A long paragraph").contains("Reference");
        assertNothingLeaks(page.body());
    }
}
