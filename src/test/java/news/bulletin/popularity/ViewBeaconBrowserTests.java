package news.bulletin.popularity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import news.bulletin.article.TestArticles;
import news.bulletin.support.Browser;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The article page's beacon in a real browser: one view per story per tab session, and no cookie. */
@SiteTest
class ViewBeaconBrowserTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "beacon-browser");
        registry.add("bulletin.sample-content", () -> "false");
        registry.add("bulletin.popularity.flush-interval", () -> "1h");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ViewCounter counter;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeEach
    void start() {
        // Headless Chrome names itself in its user agent and would be left out as a robot.
        browser = Browser.start(
                "--user-agent=Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void readingAStoryTwiceInATabCountsOnce() {
        var story = new TestArticles(context).article("Read twice").publish();
        var other = new TestArticles(context).article("Read after").publish();
        String url = "http://127.0.0.1:" + port + story.path();

        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> counter.pendingViews() == 1);
        browser.get(url);
        browser.navigate().refresh();
        assertThat(browser.manage().getCookies()).as("reading sets no cookie").isEmpty();
        // A later story's view arrives after any the reloads might have sent.
        browser.get("http://127.0.0.1:" + port + other.path());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> counter.pendingViews() >= 2);

        counter.flush();
        assertThat(jdbc.sql("SELECT SUM(views) FROM popularity_hourly WHERE article_id = :id")
                        .param("id", story.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
