package news.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import news.bulletin.article.Section;
import news.bulletin.article.Sections;
import news.bulletin.article.TestArticles;
import news.bulletin.support.Browser;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reader in a real browser: home page, lead story, its section, page 2 and back, "To Top".
 * Screenshots at phone and desktop widths go to {@code target/screenshots/}.
 */
@SiteTest
class ReaderJourneyTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "journey");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Sections sections;

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
    void aReaderFollowsTheLeadStoryToItsSectionPagesThroughAndGoesBackToTheTop() {
        fillTheLeadStorysSectionWithAnArchive();
        String base = "http://127.0.0.1:" + port;

        browser.get(base + "/");
        Browser.screenshot(browser, "home", 1280);
        Browser.screenshot(browser, "home", 375);
        WebElement lead = browser.findElement(By.cssSelector(".lead .card-headline a"));
        String headline = lead.getText();
        lead.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(base + "/"));

        assertThat(browser.getCurrentUrl()).matches(base + "/\\d{4}/\\d\\d/\\d\\d/[a-z0-9-]+");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);
        Browser.screenshot(browser, "article", 1280);
        Browser.screenshot(browser, "article", 375);

        useToTop();

        browser.findElement(By.cssSelector(".story-header .section-label")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/section/business"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/section/business");
        Browser.screenshot(browser, "section", 1280);
        Browser.screenshot(browser, "section", 375);

        click(browser.findElement(By.cssSelector(".pagination a[rel=next]")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("?page=2"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/section/business?page=2");
        assertThat(browser.findElement(By.cssSelector(".page-count")).getText()).isEqualTo("Page 2 of 2");

        click(browser.findElement(By.cssSelector(".pagination a[rel=prev]")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/section/business"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/section/business");
        assertThat(browser.findElement(By.cssSelector(".page-count")).getText()).isEqualTo("Page 1 of 2");
    }

    /**
     * Clicks like a reader: the element is brought into view first without the page's smooth
     * scrolling, which would move it while the driver aims.
     */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private void useToTop() {
        JavascriptExecutor js = browser;
        js.executeScript("window.scrollTo({top: document.documentElement.scrollHeight, behavior: 'instant'})");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> ((Number) js.executeScript("return window.scrollY")).intValue() > 500);
        WebElement toTop = browser.findElement(By.cssSelector("a.to-top"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(toTop));
        toTop.click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> ((Number) js.executeScript("return window.scrollY")).intValue() == 0);
        assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("top");
    }

    /** The sample edition's sections hold a few stories; twenty-five older ones give Business a page 2. */
    private void fillTheLeadStorysSectionWithAnArchive() {
        Section business = sections.findBySlug("business").orElseThrow();
        TestArticles test = new TestArticles(context);
        for (int i = 1; i <= 25; i++) {
            test.article("From the business archive, part " + i)
                    .in(business)
                    .publishedAgo(Duration.ofDays(60 + i))
                    .published();
        }
    }
}
