package fr.cibtp.espace.it.support;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriver.Timeouts;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waiting for what a browser shows next, and not waiting for what the page shown does not have. */
public final class Waiting {

    // Selenium looks again every half second by default: a quarter second lost on average after each of the
    // run's thousands of clicks. Looking costs a round trip of a millisecond or two.
    private static final Duration LOOK_AGAIN = Duration.ofMillis(25);

    private Waiting() {
    }

    /** Waits at most {@code patience}, looking again every 25 ms. */
    public static WebDriverWait upTo(WebDriver browser, Duration patience) {
        WebDriverWait wait = new WebDriverWait(browser, patience);
        wait.pollingEvery(LOOK_AGAIN);
        return wait;
    }

    /**
     * The elements {@code element} finds on the page shown, at once. The step that led to the page waited for it; without
     * this, every element a page rightly lacks (no error, no passkey yet) would cost the framework's implicit wait of 5 s.
     */
    public static List<WebElement> shownNow(WebDriver browser, By element) {
        Timeouts timeouts = browser.manage().timeouts();
        Duration implicit = timeouts.getImplicitWaitTimeout();
        timeouts.implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(element);
        } finally {
            timeouts.implicitlyWait(implicit);
        }
    }
}
