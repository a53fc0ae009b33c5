package fr.cibtp.espace.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages (installed by scripts/install-test-browser; paths overridable with the
 * CHROMIUM and CHROMEDRIVER environment variables), in French, with screenshots in target/screenshots.
 */
public final class Chromium {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** A phone: {@code width} x {@code height} CSS pixels (device emulation: a window is at least 500 pixels wide). */
    public static WebDriver phone(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        // Root in CI needs --no-sandbox.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        options.setImplicitWaitTimeout(Duration.ofSeconds(5));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * The page title reads {@code expected}, within 10 seconds. Right after a click the page being left may still be
     * there, or vanish while it is read: this waits for the next one instead.
     */
    public static void assertTitle(WebDriver chromium, String expected, String... why) {
        assertEquals(expected, title(chromium, expected), String.join(" ", why));
    }

    /** The page title once it reads {@code expected} (at most 10 seconds), else the last one read. */
    private static String title(WebDriver chromium, String expected) {
        String[] last = {""};
        try {
            new WebDriverWait(chromium, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(driver -> {
                last[0] = driver.findElement(By.id("kc-page-title")).getText();
                return expected.equals(last[0]);
            });
        } catch (TimeoutException e) {
            // The assertion that follows shows what was there instead.
        }
        return last[0];
    }

    public static void screenshot(WebDriver chromium, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) chromium).getScreenshotAs(OutputType.BYTES));
    }
}
