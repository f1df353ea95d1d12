package news.bulletin.popularity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.ArticleSummary;
import news.bulletin.article.TestArticles;
import news.bulletin.support.Http;
import news.bulletin.support.MovableClock;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import news.bulletin.support.WriteCounter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Views counted in memory, stored by the hour, ranked with decay; crawlers, staff and floods left out. */
@SiteTest
class PopularityTests {
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "popularity");
        registry.add("bulletin.sample-content", () -> "false");
        registry.add("bulletin.popularity.flush-interval", () -> "1h");
    }

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }

        @Bean
        static WriteCounter writeCounter() {
            return new WriteCounter();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ViewCounter counter;

    @Autowired
    MostPopular popular;

    @Autowired
    MovableClock clock;

    @Autowired
    WriteCounter writes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPageViewAndItsBeaconWriteNothingToTheDatabaseUntilTheBatchIsStored() {
        var story = new TestArticles(context).article("Counted story").publish();
        Http reader = new Http(port);
        long before = writes.writes();

        assertThat(reader.get(story.path()).body()).contains("data-article-id=\"" + story.id() + "\"");
        assertThat(beacon(reader, String.valueOf(story.id()), BROWSER)).isEqualTo(204);

        assertThat(writes.writes())
                .as("writes during the page view and the beacon")
                .isEqualTo(before);
        assertThat(counter.pendingViews()).isPositive();
        counter.flush();
        assertThat(writes.writes()).isGreaterThan(before);
        assertThat(stored(story.id())).isOne();
        assertThat(reader.cookies()).as("the beacon sets no cookie").isEmpty();
    }

    @Test
    void crawlersStaffUnknownStoriesBadBodiesAndFloodsAreNotCounted() {
        var story = new TestArticles(context).article("Guarded story").publish();
        counter.flush();
        Http reader = new Http(port);

        for (String agent : List.of("Googlebot/2.1", "curl/8.5", "python-requests/2.31", "")) {
            beacon(reader, String.valueOf(story.id()), agent);
        }
        beacon(reader, "999999", BROWSER);
        beacon(reader, "abc", BROWSER);
        beacon(reader, "-1", BROWSER);
        assertThat(reader.post("/popularity/view", Map.of("x", "y"), "User-Agent", BROWSER)
                        .statusCode())
                .isEqualTo(204);
        Http editor = Http.signedIn(
                port, new TestAccounts(context).create(Role.EDITOR).email(), TestAccounts.PASSWORD);
        beacon(editor, String.valueOf(story.id()), BROWSER);
        counter.flush();
        assertThat(stored(story.id())).isZero();

        for (int i = 0; i < 200; i++) {
            beacon(reader, String.valueOf(story.id()), BROWSER);
        }
        counter.flush();
        assertThat(stored(story.id())).as("capped per address per minute").isBetween(1L, 60L);
    }

    @Test
    void mostPopularRanksByDecayedViewsOverTheWindowAndFallsBackToTheLatest() {
        jdbc.sql("DELETE FROM popularity_hourly").update();
        popular.refresh();
        assertThat(popular.sidebar().latestInstead()).isTrue();

        TestArticles stories = new TestArticles(context);
        long heavyButOld = stories.article("Read a lot two days ago").publish().id();
        long steady = stories.article("Read steadily now").publish().id();
        long light = stories.article("Read a little now").publish().id();
        long outside = stories.article("Read before the window").publish().id();
        views(outside, 50);
        clock.advance(Duration.ofHours(10));
        views(heavyButOld, 10);
        clock.advance(Duration.ofHours(40));
        views(steady, 5);
        views(light, 3);

        popular.refresh();
        PopularList list = popular.sidebar();
        assertThat(list.latestInstead()).isFalse();
        assertThat(list.stories()).extracting(ArticleSummary::id).containsExactly(steady, light, heavyButOld);

        Http reader = new Http(port);
        var home = Jsoup.parse(reader.get("/").body());
        assertThat(home.select(".popular-list a").first().text()).isEqualTo("Read steadily now");
        var page = Jsoup.parse(reader.get("/popular?period=week").body());
        assertThat(page.select(".popular-ranking .card-headline a").eachText())
                .as("the week reaches back past the sidebar's 48 hours")
                .containsExactly(
                        "Read steadily now", "Read before the window", "Read a little now", "Read a lot two days ago");
    }

    private void views(long articleId, int count) {
        for (int i = 0; i < count; i++) {
            counter.count(articleId, "10.0.0." + (i % 200));
        }
        counter.flush();
    }

    private long stored(long articleId) {
        return jdbc.sql("SELECT COALESCE(SUM(views), 0) FROM popularity_hourly WHERE article_id = :id")
                .param("id", articleId)
                .query(Long.class)
                .single();
    }

    private static int beacon(Http browser, String article, String agent) {
        return browser.post("/popularity/view", Map.of("a", article), "User-Agent", agent)
                .statusCode();
    }
}
