package fr.cibtp.espace.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages (installed by scripts/install-test-browser; paths overridable with the
 * CHROMIUM and CHROMEDRIVER environment variables), in French, with screenshots in target/screenshots.
 */
public final class Chromium {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MAX_PAGE_HEIGHT = 3000;

    private Chromium() {
    }

    /** A phone: {@code width} x {@code height} CSS pixels (device emulation: a window is at least 500 pixels wide). */
    public static WebDriver phone(int width, int height) {
        return phone(width, height, "fr-FR");
    }

    /** A phone whose browser speaks {@code language} (fr-FR, en-US): its own controls, and the pages it asks for. */
    public static WebDriver phone(int width, int height, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        // Root in CI needs --no-sandbox.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        options.addArguments("--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + "," + language.substring(0, 2)));
        options.setImplicitWaitTimeout(Duration.ofSeconds(5));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Gives the browser's screen another size, as if the page were on a phone or a desktop (CSS pixels): the page
     * shown is laid out again, and so is every page after it.
     */
    public static void resize(WebDriver chromium, int width, int height) {
        ((ChromeDriver) chromium).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true, "screenWidth", width, "screenHeight", height));
        Waiting.upTo(chromium, Duration.ofSeconds(5))
                .until(d -> Long.valueOf(width).equals(((JavascriptExecutor) d).executeScript("return screen.width;")));
    }

    /**
     * Gives the browser a device that keeps passkeys (CDP's WebAuthn virtual authenticator): built in, unlocked by
     * the user's fingerprint each time it is asked, and answering at once, as a phone the user touches. Returns its id.
     */
    public static String passkeyDevice(WebDriver chromium) {
        ChromeDriver driver = (ChromeDriver) chromium;
        driver.executeCdpCommand("WebAuthn.enable", Map.of());
        Map<String, Object> added = driver.executeCdpCommand("WebAuthn.addVirtualAuthenticator", Map.of("options", Map.of(
                "protocol", "ctap2", "transport", "internal", "hasResidentKey", true, "hasUserVerification", true,
                "isUserVerified", true, "automaticPresenceSimulation", true)));
        return (String) added.get("authenticatorId");
    }

    /**
     * Makes the browser one without passkey autofill (conditional mediation), as older ones are: the sign-in page's
     * button is then the way to a passkey. Applies to every page loaded from now on.
     */
    public static void withoutPasskeyAutofill(WebDriver chromium) {
        ((ChromeDriver) chromium).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "if (window.PublicKeyCredential) { PublicKeyCredential.isConditionalMediationAvailable = async () => false; }"));
    }

    /** Takes the device away (a phone lost, a laptop left at the office), with every passkey it kept. */
    public static void removePasskeyDevice(WebDriver chromium, String authenticatorId) {
        ((ChromeDriver) chromium).executeCdpCommand("WebAuthn.removeVirtualAuthenticator", Map.of("authenticatorId", authenticatorId));
    }

    /** How many passkeys the device {@code authenticatorId} keeps. */
    public static int passkeysOn(WebDriver chromium, String authenticatorId) {
        Map<String, Object> kept = ((ChromeDriver) chromium).executeCdpCommand("WebAuthn.getCredentials", Map.of("authenticatorId", authenticatorId));
        return ((java.util.List<?>) kept.get("credentials")).size();
    }

    /**
     * Saves the whole page, not only what the screen shows (at most {@value #MAX_PAGE_HEIGHT} pixels high), as
     * target/screenshots/{@code name}.png: the screens kept for the README show every field and button.
     */
    @SuppressWarnings("unchecked")
    public static void wholePage(WebDriver chromium, String name) throws IOException {
        ChromeDriver driver = (ChromeDriver) chromium;
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), MAX_PAGE_HEIGHT);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Saves what the screen shows as target/screenshots/{@code name}.png; a name may hold folders ("screens/login"). */
    public static void screenshot(WebDriver chromium, String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) chromium).getScreenshotAs(OutputType.BYTES));
    }
}
