package news.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import news.bulletin.account.OwnerSetup;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every kind of page passes the Nu HTML Checker, the validator behind validator.w3.org/nu, with no errors. */
@SiteTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HtmlValidityTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "html");
    }

    @LocalServerPort
    int port;

    @Autowired
    OwnerSetup setup;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everyPageTypeIsValidHtml() throws Exception {
        Http http = new Http(port);
        var home = Jsoup.parse(http.get("/").body());
        String article = home.select(".lead .card-headline a").attr("href");
        String author =
                Jsoup.parse(http.get(article).body()).select(".story-byline a").attr("href");

        List<String> pages = List.of(
                "/search?q=the",
                "/search?q=nothing-matches-this",
                "/",
                article,
                "/section/world",
                "/tag/climate",
                author,
                "/login",
                "/login?error",
                "/no-such-page",
                "/section/world?page=x",
                "/register?return=/section/world",
                "/register/sent",
                "/password/forgot",
                "/password/forgot?sent",
                "/password/reset?token=not-a-token",
                "/account/verify?token=not-a-token",
                "/login?throttled&return=/section/world",
                java.net.URI.create(setup.setupLink()).getPath());

        for (String page : pages) {
            assertThat(errors(http.get(page).body()))
                    .as("HTML errors on %s", page)
                    .isEmpty();
        }
    }

    /** Runs last: the administrator it creates retires the set-up link the other cases open. */
    @Test
    @Order(Integer.MAX_VALUE)
    void signedInPagesAreValidHtml() throws Exception {
        var admin = new TestAccounts(context).create(Role.ADMIN);
        Http http = new Http(port);
        var login = http.get("/login");
        http.post(
                "/login",
                java.util.Map.of(
                        "_csrf", Http.csrfToken(login), "email", admin.email(), "password", TestAccounts.PASSWORD));
        http.post("/password/forgot", java.util.Map.of("_csrf", Http.csrfToken(login), "email", admin.email()));

        String article = Jsoup.parse(http.get("/").body())
                .select(".lead .card-headline a")
                .attr("href");
        String articleId = Jsoup.parse(http.get(article).body())
                .select("input[name=articleId]")
                .attr("value");
        var first = http.post(
                "/comments",
                java.util.Map.of(
                        "_csrf",
                        http.csrf(),
                        "articleId",
                        articleId,
                        "body",
                        "A first comment\n\nwith https://example.org/ a link"));
        String firstId = first.headers().firstValue("Location").orElseThrow().replaceAll(".*#comment-", "");
        http.post(
                "/comments",
                java.util.Map.of("_csrf", http.csrf(), "articleId", articleId, "parentId", firstId, "body", "A reply"));
        var refused =
                http.post("/comments", java.util.Map.of("_csrf", http.csrf(), "articleId", articleId, "body", " "));
        assertThat(errors(refused.body()))
                .as("HTML errors on a refused comment")
                .isEmpty();
        assertThat(errors(new Http(port).get(article).body()))
                .as("HTML errors on the article, signed out")
                .isEmpty();

        for (String page : List.of(
                "/",
                article,
                "/comments/new?article=" + articleId + "&parent=" + firstId,
                "/comments/" + firstId + "/edit",
                "/newsroom/comments?status=APPROVED",
                "/newsroom/comments?status=APPROVED&article=" + articleId,
                "/account",
                "/newsroom/people",
                "/newsroom/outbox",
                "/newsroom/audit",
                "/newsroom/sections",
                "/newsroom/tags",
                "/newsroom/articles/" + articleId + "/corrections",
                "/newsroom")) {
            var response = http.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(errors(response.body())).as("HTML errors on %s", page).isEmpty();
        }
        var rejected = http.post(
                "/account/password",
                java.util.Map.of("_csrf", Http.csrfToken(login), "currentPassword", "x", "newPassword", "short"));
        assertThat(errors(rejected.body()))
                .as("HTML errors on a rejected account form")
                .isEmpty();
        http.post(
                "/newsroom/articles/" + articleId + "/corrections",
                java.util.Map.of(
                        "_csrf", http.csrf(), "text", "A correction for validation", "significantUpdate", "true"));
        assertThat(errors(new Http(port).get(article).body()))
                .as("HTML errors on a corrected article")
                .isEmpty();
        for (String body : List.of("First revision of the body.", "Second revision of the body, longer.")) {
            var editor = Jsoup.parse(http.get("/newsroom/articles/" + articleId).body());
            http.post(
                    "/newsroom/articles/" + articleId,
                    List.of(
                            java.util.Map.entry("_csrf", http.csrf()),
                            java.util.Map.entry(
                                    "version",
                                    editor.select("input[name=version]").val()),
                            java.util.Map.entry(
                                    "headline", editor.select("#headline").val()),
                            java.util.Map.entry("slug", editor.select("#slug").val()),
                            java.util.Map.entry("body", body),
                            java.util.Map.entry("step", "save")));
        }
        String profile = Jsoup.parse(http.get("/newsroom/people").body())
                .select("a[href$=/profile]")
                .attr("href");
        for (String page : List.of(
                "/newsroom/articles",
                "/newsroom/articles/new",
                "/newsroom/articles/" + articleId,
                "/newsroom/articles/" + articleId + "/history",
                "/newsroom/media",
                "/newsroom/media/1",
                "/newsroom/settings",
                "/newsroom/help",
                profile)) {
            var response = http.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(errors(response.body())).as("HTML errors on %s", page).isEmpty();
        }
        var refusedStory = http.post(
                "/newsroom/articles",
                List.of(
                        java.util.Map.entry("_csrf", http.csrf()),
                        java.util.Map.entry("headline", ""),
                        java.util.Map.entry("slug", "Bad Slug"),
                        java.util.Map.entry("body", "Kept words"),
                        java.util.Map.entry("step", "schedule"),
                        java.util.Map.entry("publishAt", "soon")));
        assertThat(errors(refusedStory.body()))
                .as("HTML errors on a refused story")
                .isEmpty();
        var conflict = http.post(
                "/newsroom/articles/" + articleId,
                List.of(
                        java.util.Map.entry("_csrf", http.csrf()),
                        java.util.Map.entry("version", "-1"),
                        java.util.Map.entry("headline", "A stale headline"),
                        java.util.Map.entry("body", "Stale words"),
                        java.util.Map.entry("step", "save")));
        assertThat(Jsoup.parse(conflict.body()).select("h1").text()).contains("Somebody else saved");
        assertThat(errors(conflict.body()))
                .as("HTML errors on the conflict page")
                .isEmpty();
        var rejectedSection =
                http.post("/newsroom/sections", java.util.Map.of("_csrf", http.csrf(), "name", "", "slug", "Bad Slug"));
        assertThat(errors(rejectedSection.body()))
                .as("HTML errors on a rejected section form")
                .isEmpty();
    }

    @Test
    void aRejectedFormIsValidHtmlToo() throws Exception {
        Http http = new Http(port);
        String path = java.net.URI.create(setup.setupLink()).getPath();
        var form = http.get(path);

        var rejected = http.post(path, java.util.Map.of("_csrf", Http.csrfToken(form), "name", "", "email", "x"));

        assertThat(errors(rejected.body())).isEmpty();
    }

    @Test
    void theCheckerReportsInvalidMarkup() throws Exception {
        String invalid = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><p><div>nested</div></p><img src=\"a.png\"><td align=\"left\">cell</td></body></html>";

        assertThat(errors(invalid)).hasSizeGreaterThanOrEqualTo(2);
    }

    private static List<String> errors(String html) throws Exception {
        var validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        return Arrays.stream(report.split("\n"))
                .filter(line -> line.contains(": error:") || line.contains("fatal"))
                .toList();
    }
}
