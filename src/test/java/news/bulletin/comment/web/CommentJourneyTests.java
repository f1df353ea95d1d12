package news.bulletin.comment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.support.Browser;
import news.bulletin.support.Http;
import news.bulletin.support.Mails;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reader's path in a real browser: from "You must be logged in to post a comment" to a comment
 * everyone can read, through registration, the confirmation mail and an editor's approval.
 */
@SiteTest
class CommentJourneyTests {
    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "comment-journey");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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
    void aReaderRegistersFromTheCommentAreaCommentsAndIsReadOnceAnEditorApproves() throws Exception {
        String base = "http://127.0.0.1:" + port;
        String story = Jsoup.parse(new Http(port).get("/").body())
                .select(".lead .card-headline a")
                .attr("href");

        browser.get(base + story);
        WebElement area = browser.findElement(By.id("comments"));
        assertThat(area.findElement(By.cssSelector(".comment-login")).getText())
                .startsWith("You must be logged in to post a comment.");
        scrollTo(area);
        Browser.screenshot(area, "comments-signed-out");
        click(area.findElement(By.linkText("Login")));
        waitForUrl("/login?return=");

        click(browser.findElement(By.linkText("Create an account")));
        waitForUrl("/register?return=");
        browser.findElement(By.id("name")).sendKeys("Rosa Lindqvist");
        browser.findElement(By.id("email")).sendKeys("rosa@example.com");
        browser.findElement(By.id("password")).sendKeys("tea in the harbour at dawn");
        click(browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")));
        waitForUrl("/register/sent");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check your email");

        SMTP.waitForIncomingEmail(5_000, 1);
        String link = Mails.firstLinkPath(
                Mails.to(SMTP.getReceivedMessages(), "rosa@example.com").get(0));
        browser.get(base + link);
        click(browser.findElement(By.cssSelector("form[action='/account/verify'] button")));
        waitForUrl(story + "#comments");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + story + "#comments");

        WebElement form = browser.findElement(By.cssSelector("#comments form.comment-form"));
        form.findElement(By.id("comment-body"))
                .sendKeys("The crane deal will be studied in other ports.\n\nMore soon.");
        click(form.findElement(By.cssSelector("button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("#comment-"));
        String anchor =
                browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement mine = browser.findElement(By.id(anchor));
        assertThat(mine.findElement(By.cssSelector(".awaiting")).getText()).startsWith("Awaiting moderation");
        WebElement signedInArea = browser.findElement(By.id("comments"));
        scrollTo(signedInArea);
        Browser.screenshot(signedInArea, "comments-signed-in");

        Account editor = new TestAccounts(context).create(Role.EDITOR);
        Http editorBrowser = Http.signedIn(port, editor.email(), TestAccounts.PASSWORD);
        editorBrowser.post(
                "/newsroom/comments/moderate",
                Map.of(
                        "_csrf",
                        editorBrowser.csrf(),
                        "ids",
                        anchor.substring("comment-".length()),
                        "action",
                        "approve"));

        browser.manage().deleteAllCookies();
        browser.get(base + story);
        WebElement published = browser.findElement(By.id(anchor));
        assertThat(published.findElement(By.cssSelector(".comment-author")).getText())
                .isEqualTo("Rosa Lindqvist");
        assertThat(published.findElements(By.cssSelector(".awaiting"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".comment-teaser")).getText())
                .isEqualTo("Click to comment: 1 comment");
    }

    /** Clicks start navigations the driver does not always wait for; wait for the address instead. */
    private void waitForUrl(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains(part));
    }

    private void click(WebElement element) {
        scrollTo(element);
        element.click();
    }

    private void scrollTo(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    }
}
