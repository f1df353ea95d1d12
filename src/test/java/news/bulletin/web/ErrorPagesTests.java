package news.bulletin.web;

import static news.bulletin.web.ErrorLeakAssertions.assertNothingLeaks;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.bulletin.support.Http;
import news.bulletin.support.RawHttp;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bad requests get the right status and a friendly page, and no response ever shows a stack trace,
 * class name, SQL, file path or the name of the software underneath (the page we replace printed
 * a PHP warning with its server path).
 */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTests {
    private static final Pattern REFERENCE = Pattern.compile("Reference <code>([a-z0-9]{8})</code>");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "errors");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GET | /no-such-page | 404",
                "GET | /section/world?page=abc | 400",
                "GET | /section/world?page=0 | 400",
                "GET | /section/world?page=99999999999999999999 | 400",
                "GET | /section/world?page=5000 | 404",
                "GET | /section/world?page=1&page=2 | 400",
                "GET | /%zz | 400",
                "GET | /section/%E0%A4%A | 400",
                "GET | /section/%00 | 400",
                "GET | /..;/..;/etc/passwd | 400",
                "GET | /%2e%2e/%2e%2e/etc/passwd | 400",
                "GET | /section/a%2Fb | 400",
                "GET | /?utm_source=%zz | 400",
                "GET | /section/world?x=%zz | 400",
                "GET | /section/%5C..%5Cwindows | 400",
                "GET | /2026/02/30/impossible-date | 404",
                "GET | /media/../../etc/passwd | 400",
                "GET | /media/sample/missing.jpg | 404",
                "GET | /setup/not-a-token | 404",
                "DELETE | / | 405",
                "PUT | /section/world | 405",
                "PATCH | /login | 405",
                "PROPFIND | / | 405",
                "POST | /section/world | 403",
            })
    void badRequestsGetTheRightStatusAndAFriendlyPage(String method, String path, int status) {
        var answer = RawHttp.send(port, method + " " + path + " HTTP/1.1");

        assertThat(answer.status()).isEqualTo(status);
        assertNothingLeaks(answer.text());
        assertThat(answer.text()).contains("Reference");
    }

    @Test
    void aVeryLongPathIsRefusedWithoutDetail() {
        var longButAccepted = RawHttp.send(port, "GET /" + "a".repeat(3_000) + " HTTP/1.1");
        var tooLong = RawHttp.send(port, "GET /" + "a".repeat(20_000) + " HTTP/1.1");

        assertThat(longButAccepted.status()).isEqualTo(404);
        assertNothingLeaks(longButAccepted.text());
        assertThat(tooLong.status()).isIn(400, 414);
        assertNothingLeaks(tooLong.text());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/ | application/json | 200",
                "/ | image/png | 200",
                "/ | text/html;q=0 | 200",
                "/ | */*;q=banana | 200",
                "/ | ' ' | 200",
                "/no-such-page | application/json | 404",
                "/no-such-page | application/xml;q=0.9, */*;q=0.1 | 404",
                "/section/world?page=x | application/problem+json | 400",
            })
    void oddAcceptHeadersStillGetAnHtmlPage(String path, String accept, int status) {
        var response = new Http(port).get(path, "Accept", accept);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertNothingLeaks(response.body());
    }

    @Test
    void theReferenceOnTheErrorPageIsInTheServerLog(CapturedOutput output) {
        var response = new Http(port).get("/no-such-page-at-all");

        Matcher reference = REFERENCE.matcher(response.body());
        assertThat(reference.find()).isTrue();
        assertThat(output.getAll()).contains("[ref " + reference.group(1) + "] GET /no-such-page-at-all answered 404");
    }

    @Test
    void aFailingRepositoryGivesAFriendly500AndLogsTheDetailUnderTheReference(CapturedOutput output) {
        jdbc.sql("ALTER TABLE tags RENAME TO tags_out_of_order").update();
        try {
            var response = new Http(port).get("/tag/climate");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("Something went wrong on our side");
            assertNothingLeaks(response.body());
            Matcher reference = REFERENCE.matcher(response.body());
            assertThat(reference.find()).isTrue();
            assertThat(output.getAll())
                    .contains("[ref " + reference.group(1) + "] GET /tag/climate failed with 500")
                    .contains("tags");
        } finally {
            jdbc.sql("ALTER TABLE tags_out_of_order RENAME TO tags").update();
        }
    }

    @Test
    void whenTheDatabaseFailsTheErrorPageStillHasTheSiteLayout() {
        jdbc.sql("ALTER TABLE sections RENAME TO sections_out_of_order").update();
        try {
            var response = new Http(port).get("/section/world");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("class=\"site-header\"", "Something went wrong on our side");
            assertNothingLeaks(response.body());
        } finally {
            jdbc.sql("ALTER TABLE sections_out_of_order RENAME TO sections").update();
        }
    }

    @Test
    void openingTheErrorAddressDirectlyIsJustAPageThatDoesNotExist() {
        var response = new Http(port).get("/error");

        assertThat(response.statusCode()).isEqualTo(404);
        assertNothingLeaks(response.body());
    }

    @Test
    void errorPagesAreInTheSiteLayoutAndNotCached() {
        var response = new Http(port).get("/no-such-page");

        assertThat(response.body()).contains("class=\"site-header\"", "Skip to content", "We couldn't find that page");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }
}
