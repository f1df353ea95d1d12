package news.bulletin.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.TestArticles;
import news.bulletin.media.TestImages;
import news.bulletin.support.Browser;
import news.bulletin.support.Http;
import news.bulletin.support.MovableClock;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDataFolders;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The newsroom in a real browser: a contributor writes and submits a story; an editor reviews it,
 * gives it a hero image with alt text and schedules it a minute ahead; the scheduler publishes it
 * to the home page, its section and its author's page; the editor then revises and corrects it.
 */
@SiteTest
class NewsroomJourneyTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "newsroom-journey");
        registry.add("bulletin.sample-content", () -> "false");
        registry.add("bulletin.scheduling.interval", () -> "1s");
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStoryGoesFromAContributorsDraftThroughReviewAndScheduleToTheSiteAndIsCorrected() throws Exception {
        var section = new TestArticles(context).section("Environment");
        Account contributor = new TestAccounts(context).create(Role.CONTRIBUTOR);
        Account editor = new TestAccounts(context).create(Role.EDITOR);
        String headline = "River cleanup beats its target";

        // The contributor writes, using the toolbar and the live preview, and submits.
        signIn(contributor);
        open("/newsroom/articles/new");
        browser.findElement(By.id("headline")).sendKeys(headline);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("section")))
                .selectByVisibleText("Environment");
        WebElement body = browser.findElement(By.id("body"));
        body.sendKeys("Volunteers removed 40 tonnes of waste from the river.\n\n");
        browser.findElement(By.cssSelector(".md-toolbar button[data-md=heading]"))
                .click();
        body.sendKeys("\n\nThe council will fund a second year.");
        waitFor(d -> d.findElement(By.cssSelector("#preview h2")).isDisplayed());
        assertThat(browser.findElement(By.cssSelector("#preview h2")).getText()).isEqualTo("Subheading");
        waitFor(d -> d.findElement(By.id("slug-status")).getText().length() >= 0);
        Browser.screenshot(browser, "newsroom-editor", 1280);
        click(By.cssSelector("button[value=submit]"));
        waitFor(ExpectedConditions.urlContains("done=submitted"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/newsroom/articles/(\\d+).*", "$1"));
        assertThat(browser.findElement(By.cssSelector(".story-state .state")).getText())
                .isEqualToIgnoringCase("In review");

        // The editor finds it in review, uploads and describes a photo, and schedules the story.
        browser.manage().deleteAllCookies();
        signIn(editor);
        open("/newsroom");
        assertThat(browser.findElement(By.cssSelector("#review + ul")).getText())
                .contains(headline);
        Browser.screenshot(browser, "newsroom-dashboard", 1280);

        Path photo = TestDataFolders.create("journey-photo").resolve("river.jpg");
        Files.write(photo, TestImages.jpeg(1800, 1000));
        open("/newsroom/media");
        browser.findElement(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
        click(By.cssSelector("#upload button[type=submit]"));
        waitFor(ExpectedConditions.urlContains("done=uploaded"));
        browser.findElement(By.id("alt")).sendKeys("Volunteers hauling a net of plastic out of the river");
        browser.findElement(By.id("credit")).sendKeys("Photo: Newsroom");
        click(By.cssSelector("main form.stacked-form button[type=submit]"));
        waitFor(ExpectedConditions.urlContains("done=described"));
        long mediaId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/newsroom/media/(\\d+).*", "$1"));
        Browser.screenshot(browser, "newsroom-media-item", 1280);

        open("/newsroom/articles/" + id);
        click(By.cssSelector("input[name=hero][value='" + mediaId + "']"));
        assertThat(browser.findElement(By.id("heroAlt")).getAttribute("value"))
                .as("the library's alt text is filled in")
                .isEqualTo("Volunteers hauling a net of plastic out of the river");
        String at = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofMinutes(1)), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1)
                .toString();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('publishAt').value = arguments[0]", at);
        click(By.cssSelector("button[value=schedule]"));
        waitFor(ExpectedConditions.urlContains("done=scheduled"));
        assertThat(status(id)).isEqualTo("SCHEDULED");
        assertThat(new Http(port).get("/").body()).doesNotContain(headline);

        // The scheduler publishes it when its time comes.
        clock.advance(Duration.ofMinutes(3));
        new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(200))
                .until(d -> "PUBLISHED".equals(status(id)));
        Http reader = new Http(port);
        var home = Jsoup.parse(reader.get("/").body());
        assertThat(home.text()).contains(headline);
        String path = home.select("a:contains(" + headline + ")").first().attr("href");
        assertThat(Jsoup.parse(reader.get(section.path()).body()).text()).contains(headline);
        String authorSlug = jdbc.sql("SELECT slug FROM people WHERE id = :id")
                .param("id", contributor.id())
                .query(String.class)
                .single();
        assertThat(Jsoup.parse(reader.get("/author/" + authorSlug).body()).text())
                .contains(headline);
        var article = Jsoup.parse(reader.get(path).body());
        assertThat(article.select("figure.hero img").attr("alt"))
                .isEqualTo("Volunteers hauling a net of plastic out of the river");
        assertThat(article.select("figure.hero img").attr("srcset")).contains("480w");

        // The editor revises the published story, compares the revisions, and corrects it.
        open(path);
        click(By.linkText("Edit this article"));
        WebElement text = browser.findElement(By.id("body"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[0].value.replace('40 tonnes', '42 tonnes')", text);
        browser.findElement(By.id("note")).sendKeys("Updated the total");
        click(By.cssSelector("button[value=save]"));
        waitFor(ExpectedConditions.urlContains("done=saved"));
        click(By.linkText("History"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".diff ins")));
        assertThat(browser.findElement(By.cssSelector(".diff")).getText())
                .contains("42")
                .contains("40");
        Browser.screenshot(browser, "newsroom-history-diff", 1280);

        open("/newsroom/articles/" + id + "/corrections");
        browser.findElement(By.id("text"))
                .sendKeys("An earlier version said the cleanup began in May. It began in April.");
        click(By.cssSelector("main form button[type=submit]"));
        waitFor(ExpectedConditions.urlContains("#corrections"));
        assertThat(browser.findElement(By.cssSelector("#corrections p")).getText())
                .startsWith("Correction, ")
                .endsWith("It began in April.");
    }

    @Test
    void typingSurvivesTheEndOfASessionWhenTheWriterIsRemembered() {
        Account writer = new TestAccounts(context).create(Role.AUTHOR);
        open("/login");
        browser.findElement(By.id("email")).sendKeys(writer.email());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        click(By.id("remember"));
        click(By.cssSelector("main form button[type=submit]"));
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
        open("/newsroom/articles/new");
        browser.findElement(By.id("headline")).sendKeys("Long lunch");

        // The session ends (a timeout or a restart); only the remember-me cookie is left.
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("body")).sendKeys("Words typed after the session ended.");
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(250))
                .until(d ->
                        jdbc.sql("SELECT COUNT(*) FROM article_autosaves WHERE person_id = :p AND body_markdown = :b")
                                        .param("p", writer.id())
                                        .param("b", "Words typed after the session ended.")
                                        .query(Long.class)
                                        .single()
                                == 1);
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM articles WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private void signIn(Account account) {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(account.email());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        click(By.cssSelector("main form button[type=submit]"));
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        browser.get(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path);
    }

    private void click(By locator) {
        WebElement element = browser.findElement(locator);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({behavior:'instant', block:'center'})", element);
        element.click();
    }

    private <T> void waitFor(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }
}
