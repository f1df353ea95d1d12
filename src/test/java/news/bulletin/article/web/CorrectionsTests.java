package news.bulletin.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.TestArticles;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Editors publish dated, append-only corrections that readers see at the foot of the story. */
@SiteTest
class CorrectionsTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "corrections");
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorsCorrectionAppearsDatedAtTheFootAndCanMarkTheStoryUpdated() {
        var story = new TestArticles(context).article("Budget story").publish();
        Http editor = Http.signedIn(
                port, new TestAccounts(context).create(Role.EDITOR).email(), TestAccounts.PASSWORD);
        assertThat(Jsoup.parse(editor.get("/newsroom").body())
                        .select("#published + ul a[href=/newsroom/articles/" + story.id() + "/corrections]"))
                .hasSize(1);

        var published = editor.post(
                "/newsroom/articles/" + story.id() + "/corrections",
                Map.of(
                        "_csrf", editor.csrf(),
                        "text", "An earlier version gave the vote as 52 to 48. It was 52 to 50.",
                        "significantUpdate", "true"));

        assertThat(published.headers().firstValue("Location").orElseThrow()).endsWith(story.path() + "#corrections");
        Document page = Jsoup.parse(new Http(port).get(story.path()).body());
        assertThat(page.select("#corrections p").text())
                .startsWith("Correction, ")
                .endsWith("An earlier version gave the vote as 52 to 48. It was 52 to 50.");
        assertThat(page.select("#corrections time").attr("datetime")).isNotBlank();
        assertThat(page.select(".story-times .updated")).hasSize(1);
        String structured = page.select("script[type=application/ld+json]").html();
        assertThat(structured)
                .contains("\"@type\":\"CorrectionComment\"")
                .contains("An earlier version gave the vote as 52 to 48. It was 52 to 50.");

        editor.post(
                "/newsroom/articles/" + story.id() + "/corrections",
                Map.of("_csrf", editor.csrf(), "text", "Quoted </script><script>alert(1)</script> wrongly."));
        Document hostile = Jsoup.parse(new Http(port).get(story.path()).body());
        assertThat(hostile.select("script[type=application/ld+json]").html())
                .contains("\\u003c/script\\u003e")
                .doesNotContain("</script>");
        assertThat(hostile.select("script:not([type])").eachAttr("src"))
                .as("no script appears from the correction")
                .allMatch(src -> !src.isEmpty());

        editor.post(
                "/newsroom/articles/" + story.id() + "/corrections",
                Map.of("_csrf", editor.csrf(), "text", "A second correction."));
        assertThat(Jsoup.parse(new Http(port).get(story.path()).body()).select("#corrections p"))
                .hasSize(3);
    }

    @Test
    void anEmptyCorrectionIsRefusedAndOnlyEditorsMayCorrect() {
        var story = new TestArticles(context).article("Quiet story").publish();
        Http editor = Http.signedIn(
                port, new TestAccounts(context).create(Role.EDITOR).email(), TestAccounts.PASSWORD);
        Http author = Http.signedIn(
                port, new TestAccounts(context).create(Role.AUTHOR).email(), TestAccounts.PASSWORD);

        Document refused = Jsoup.parse(editor.post(
                        "/newsroom/articles/" + story.id() + "/corrections",
                        Map.of("_csrf", editor.csrf(), "text", "  ", "significantUpdate", "true"))
                .body());
        assertThat(refused.select("#text-error").text()).contains("Write the correction first.");
        assertThat(refused.select("#significantUpdate").hasAttr("checked")).isTrue();

        assertThat(author.post(
                                "/newsroom/articles/" + story.id() + "/corrections",
                                Map.of("_csrf", author.csrf(), "text", "Mine"))
                        .statusCode())
                .isEqualTo(403);
        long draft = new TestArticles(context).article("Draft").draft();
        assertThat(editor.get("/newsroom/articles/" + draft + "/corrections").statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM corrections")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
