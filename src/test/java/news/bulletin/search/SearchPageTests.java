package news.bulletin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The search page over HTTP, on the sample edition: every odd query and filter still gets a page. */
@SiteTest
class SearchPageTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "search-page");
    }

    @LocalServerPort
    int port;

    @Test
    void everyPageHasASearchBoxAndResultsLinkToStoriesWithMarkedSnippets() {
        Http reader = new Http(port);
        Document home = Jsoup.parse(reader.get("/").body());
        assertThat(home.select("header form[role=search][action=/search] input[name=q]"))
                .hasSize(1);
        String headline = home.select(".lead .card-headline a").text();
        String word = headline.split("\\s+")[0];

        Document results = Jsoup.parse(reader.get("/search?q=" + encode(word)).body());
        assertThat(results.select(".search-results li")).isNotEmpty();
        assertThat(results.select(".search-results .card-headline a").first().attr("href"))
                .startsWith("/20");
        assertThat(results.select("#q").val()).isEqualTo(word);
        assertThat(reader.cookies()).as("searching starts no session").isEmpty();
    }

    @Test
    void oddQueriesAndFiltersGetANormalPageWithANote() {
        Http reader = new Http(port);
        for (String query : List.of(
                "",
                "x".repeat(1000),
                "!!!",
                "\"open",
                "*",
                "AND OR NOT",
                "'; DROP TABLE articles; --",
                "🙂",
                "مرحبا")) {
            var page = reader.get("/search?q=" + encode(query));
            assertThat(page.statusCode()).as(query).isEqualTo(200);
            assertThat(page.body())
                    .as(query)
                    .doesNotContain("Exception")
                    .doesNotContain("news.bulletin.")
                    .doesNotContain("SQLITE_")
                    .doesNotContain("org.postgresql")
                    .contains("<h1>Search</h1>");
        }
        Document unknown = Jsoup.parse(reader.get("/search?q=the&section=no-such-section&author=nobody")
                .body());
        assertThat(unknown.select(".notice").eachText())
                .anyMatch(text -> text.contains("There is no section"))
                .anyMatch(text -> text.contains("There is no author"));
        Document inverted = Jsoup.parse(
                reader.get("/search?q=the&from=2026-12-31&to=2026-01-01").body());
        assertThat(inverted.select(".notice").text()).contains("start date is after the end date");
        Document badDate =
                Jsoup.parse(reader.get("/search?q=the&from=yesterday").body());
        assertThat(badDate.select(".notice").text()).contains("not a date");
        for (String page : List.of("0", "1000000000", "abc", "-1")) {
            var answer = reader.get("/search?q=the&page=" + page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(Jsoup.parse(answer.body()).select(".notice").text()).contains("There is no page");
        }
        var farPage = reader.get("/search?q=the&page=999");
        assertThat(Jsoup.parse(farPage.body()).select(".notice").text()).contains("There are only");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
