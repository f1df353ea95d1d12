package news.bulletin.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.ArticleWorkflow;
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

/** The newsroom dashboard shows a writer's drafts, what is scheduled and published, and what waits. */
@SiteTest
class DashboardTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "dashboard");
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWriterSeesTheirDraftsTheScheduledStoriesAndTheLatestPublished() {
        Account writer = new TestAccounts(context).create(Role.AUTHOR);
        var stories = new TestArticles(context);
        var section = stories.section("Desk");
        long myDraftId = stories.article("My unfinished draft").in(section).draft();
        jdbc.sql("INSERT INTO bylines (article_id, person_id, position) VALUES (:a, :p, 0)")
                .param("a", myDraftId)
                .param("p", writer.id())
                .update();
        stories.article("Someone else's draft").in(section).draft();
        long scheduled = stories.article("Tomorrow's story").in(section).draft();
        workflow.schedule(scheduled, Instant.now().plus(Duration.ofDays(1)));
        var published = stories.article("Today's story").in(section).publish();

        Http browser = Http.signedIn(port, writer.email(), TestAccounts.PASSWORD);
        Document page = Jsoup.parse(browser.get("/newsroom").body());

        assertThat(page.select("#drafts + ul li").text())
                .contains("My unfinished draft")
                .doesNotContain("Someone else");
        assertThat(page.select("#scheduled + ul li").text()).contains("Tomorrow's story");
        assertThat(page.select("#scheduled + ul time").attr("datetime")).isNotBlank();
        assertThat(page.select("#published + ul a").eachAttr("href"))
                .containsExactly("/newsroom/articles/" + published.id(), published.path());
        assertThat(page.select(".notice")).as("authors do not moderate").isEmpty();
        assertThat(page.select(".staff-bar a").first().text()).isEqualTo("Newsroom");
        assertThat(page.select("nav.filters a").eachText()).contains("Back to the site");
    }

    @Test
    void editorsSeeHowManyCommentsWait() {
        Account editor = new TestAccounts(context).create(Role.EDITOR);

        Document page = Jsoup.parse(Http.signedIn(port, editor.email(), TestAccounts.PASSWORD)
                .get("/newsroom")
                .body());

        assertThat(page.select(".notice a").text()).endsWith("waiting for moderation");
        assertThat(page.select(".notice a").attr("href")).isEqualTo("/newsroom/comments");
    }
}
