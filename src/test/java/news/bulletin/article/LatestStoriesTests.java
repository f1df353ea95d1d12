package news.bulletin.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The newest stories are kept in memory between renders, and every change that could alter one of
 * them, made through the application, shows on the very next render. With the page cache off, so
 * that each request renders its page; a headline changed behind the application's back shows which
 * list a render was answered from.
 */
@SiteTest
class LatestStoriesTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "latest-stories");
        registry.add("bulletin.sample-content", () -> "false");
        registry.add("bulletin.page-cache.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestArticles test;
    Http reader;

    @BeforeEach
    void create() {
        test = new TestArticles(context);
        reader = new Http(port);
    }

    private List<String> sidebarOf(String path) {
        return Jsoup.parse(reader.get(path).body()).select(".latest-list a").eachText();
    }

    @Test
    void theNewestStoriesAreKeptUntilAStoryIsPublished() {
        var reading = test.article("Story being read")
                .publishedAgo(Duration.ofDays(3))
                .publish();
        var newest = test.article("Newest story before").publish();
        assertThat(sidebarOf(reading.path())).contains("Newest story before");

        test.retitleBehindItsBack(newest.id(), "Retitled behind its back");
        assertThat(sidebarOf(reading.path())).as("kept").contains("Newest story before");

        test.article("A story just published").publish();
        assertThat(sidebarOf(reading.path()))
                .contains("A story just published", "Retitled behind its back")
                .doesNotContain("Newest story before");
    }

    @Test
    void aHeadlineEditedInTheNewsroomShowsInTheKeptListAtOnce() {
        var reading = test.article("Story read beside an edit")
                .publishedAgo(Duration.ofDays(3))
                .publish();
        var edited = test.article("Headline with a typpo").publish();
        assertThat(sidebarOf(reading.path())).contains("Headline with a typpo");

        test.retitle(edited.id(), "Headline without a typo");

        assertThat(sidebarOf(reading.path()))
                .contains("Headline without a typo")
                .doesNotContain("Headline with a typpo");
    }

    @Test
    void aWithdrawnStoryLeavesTheKeptListAtOnce() {
        var reading = test.article("Story read while another goes")
                .publishedAgo(Duration.ofDays(3))
                .publish();
        var going = test.article("Story about to be withdrawn").publish();
        assertThat(sidebarOf(reading.path())).contains("Story about to be withdrawn");

        context.getBean(ArticleWorkflow.class).unpublish(going.id());

        assertThat(sidebarOf(reading.path())).doesNotContain("Story about to be withdrawn");
    }
}
