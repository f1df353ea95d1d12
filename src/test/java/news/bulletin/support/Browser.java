package news.bulletin.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the browser and driver named explicitly so
 * Selenium never tries to download either. Without them the test is skipped by name, except in CI.
 */
public final class Browser {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {}

    public static ChromeDriver start() {
        return start(new String[0]);
    }

    /** A browser with some more command-line arguments, such as a user agent of its own. */
    public static ChromeDriver start(String... extraArguments) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message =
                    "browser tests need Debian's chromium and chromium-driver at " + CHROMIUM + " and " + CHROMEDRIVER;
            if (Ci.isCi()) {
                fail(message + "; in CI they must be installed");
            }
            Assumptions.abort("Skipped: " + message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--hide-scrollbars",
                "--window-size=1280,900",
                "--user-data-dir=" + TestDataFolders.create("chromium"));
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves one element, as it looks now, under {@code target/screenshots/}. */
    public static Path screenshot(WebElement element, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.move(element.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole page at the given width under {@code target/screenshots/}. */
    public static Path screenshot(ChromeDriver driver, String name, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        JavascriptExecutor js = driver;
        Number height = (Number) js.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, Math.min(height.intValue(), 8000)));
        js.executeScript("window.scrollTo(0, 0)");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean)
                ((JavascriptExecutor) d).executeScript("return Array.from(document.images).every(i => i.complete)"));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + "-" + width + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
