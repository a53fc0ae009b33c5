package fr.cibtp.espace.it.pages;

import java.time.Duration;
import java.util.List;

import fr.cibtp.espace.it.support.Waiting;
import org.keycloak.testframework.ui.page.AbstractPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A screen of the CIBTP login theme. keycloak.v2's layout names the template on the body ({@code data-page-id}),
 * which tells the next page from the one being left after a click.
 */
public abstract class CibtpPage extends AbstractPage {

    // The first render of a template on a busy machine takes seconds: the framework's own 5 are short.
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** Where the tests' portals are sent back: the framework's callback server. */
    public static final String REDIRECT_URI = "http://127.0.0.1:8500/callback/oauth";

    @FindBy(id = "kc-page-title")
    private WebElement heading;

    protected CibtpPage(ManagedWebDriver driver) {
        super(driver);
    }

    /** The page, once the browser shows it. */
    public static <P extends CibtpPage> P on(ManagedWebDriver driver, Class<P> page) {
        P shown = driver.page().createPage(page);
        shown.assertCurrent();
        return shown;
    }

    /** The template this screen is drawn from, without ".ftl". */
    protected abstract String template();

    @Override
    public String getExpectedPageId() {
        return "login-" + template();
    }

    @Override
    public void assertCurrent() {
        String expected = getExpectedPageId();
        String[] last = {""};
        try {
            until().ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class).until(d -> {
                try {
                    last[0] = driver.page().getCurrentPageId();
                } catch (WebDriverException e) {
                    if (!ofPageLeft(e)) {
                        throw e;
                    }
                    return false;
                }
                return expected.equals(last[0]);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected the page " + expected + ", the browser shows " + last[0] + " (" + driver.getCurrentUrl() + ")");
        }
    }

    /** Whether the browser shows {@code page} now (a page just opened: nothing to wait for). */
    public static boolean shows(ManagedWebDriver driver, Class<? extends CibtpPage> page) {
        return driver.page().createPage(page).getExpectedPageId().equals(driver.page().getCurrentPageId());
    }

    /** The page title (the heading at the top of the card). */
    public String title() {
        return heading.getText();
    }

    /** The message at the top of the page (PatternFly's alert: done, refused, waiting), or "" when there is none. */
    public String message() {
        return textOrEmpty(By.cssSelector(".pf-v5-c-alert__title"));
    }

    /** What is wrong with the field {@code id}, said next to it (Keycloak's "input-error-" line); "" when nothing is. */
    public String fieldError(String id) {
        return textOrEmpty(By.id("input-error-" + id));
    }

    /** Whether the page draws bold text in its main part: what was typed, echoed as HTML, would. */
    public boolean showsBold() {
        return !shown(By.cssSelector("main b")).isEmpty();
    }

    /** Everything the page says. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The page's HTML, for what a screen reader or a style sheet reads rather than a person. */
    public String source() {
        return driver.driver().getPageSource();
    }

    /** The text of the element {@code id}, without the spaces around it. */
    protected String textOf(String id) {
        return driver.findElement(By.id(id)).getText().strip();
    }

    /** The text of the first element {@code element} finds, or "" when the page has none. */
    protected String textOrEmpty(By element) {
        return shown(element).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Whether the page has a field (or any element) {@code id}. */
    public boolean hasField(String id) {
        return has(id);
    }

    /** Whether the page has an element {@code id}. */
    protected boolean has(String id) {
        return !shown(By.id(id)).isEmpty();
    }

    /** Empties the field {@code id}, then types {@code value} (nothing for "" or null). */
    protected void fill(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        if (value != null && !value.isEmpty()) {
            field.sendKeys(value);
        }
    }

    /** Clicks the element {@code id}, then waits for the page it leads to (possibly drawn from this same template). */
    protected <P extends CibtpPage> P follow(String id, Class<P> next) {
        WebElement clicked = driver.findElement(By.id(id));
        clicked.click();
        return nextAfterLeaving(clicked, next);
    }

    public long viewportWidth() {
        return (Long) script("return window.innerWidth;");
    }

    /** How far the page scrolls sideways, in CSS pixels: 0 when it fits the screen. */
    public long sidewaysOverflow() {
        return (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /**
     * The buttons drawn in more than one piece, by their words: an inline link with padding whose words wrap becomes
     * two overlapping blocks. Email buttons, PatternFly buttons and the login page's band must each stay one block.
     */
    @SuppressWarnings("unchecked")
    public List<String> splitButtons() {
        return (List<String>) script("""
                return [...document.querySelectorAll('.cibtp-email-button a, .pf-v5-c-button, a.cibtp-band')]
                  .filter(b => b.getClientRects().length > 1).map(b => b.textContent.trim());""");
    }

    /**
     * The phone numbers drawn on more than one line ("+33 6" at the end of one, "** ** ** 85" at the start of the next):
     * read in two pieces, a number is misread. Every number of the page in the form the product writes them, masked or
     * not, whatever the spaces between its groups.
     */
    @SuppressWarnings("unchecked")
    public List<String> splitPhoneNumbers() {
        return (List<String>) script("""
                const number = /\\+\\d{1,3}(?:[ \\u00a0](?:\\d{1,3}|\\*\\*)){4,5}/g;
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                const split = [];
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (const found of node.data.matchAll(number)) {
                    const range = document.createRange();
                    range.setStart(node, found.index);
                    range.setEnd(node, found.index + found[0].length);
                    const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
                    if (lines.size > 1) split.push(found[0]);
                  }
                }
                return split;""");
    }

    /**
     * Controls drawn over one another (a button over a field, a link over a label): pairs of visible links, buttons,
     * fields and labels whose boxes cross by more than two pixels each way, neither inside the other.
     */
    @SuppressWarnings("unchecked")
    public List<String> overlappingControls() {
        return (List<String>) script("""
                const controls = [...document.querySelectorAll('a, button, input, select, textarea, label')].filter(e => {
                  const box = e.getBoundingClientRect();
                  return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
                });
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || e.value || '').trim().slice(0, 30) + '"';
                const problems = [];
                for (let i = 0; i < controls.length; i++) {
                  for (let j = i + 1; j < controls.length; j++) {
                    const a = controls[i], b = controls[j];
                    if (a.contains(b) || b.contains(a) || (a.tagName === 'LABEL' && a.htmlFor === b.id) || (b.tagName === 'LABEL' && b.htmlFor === a.id)) continue;
                    const p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
                    const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
                    const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
                    if (w > 2 && h > 2) problems.push(name(a) + ' over ' + name(b));
                  }
                }
                return problems;""");
    }

    /**
     * The primary buttons whose background, and the secondary buttons whose words, are not in the space's colour
     * (PatternFly's blue left on a violet page). Empty on a page without the space's colour (an email).
     */
    @SuppressWarnings("unchecked")
    public List<String> buttonsOutOfColour() {
        return (List<String>) script("""
                const colour = getComputedStyle(document.documentElement).getPropertyValue('--cibtp-domain-colour').trim();
                if (!colour || !document.body) return [];
                const probe = document.createElement('span');
                probe.style.color = colour;
                document.body.append(probe);
                const rgb = getComputedStyle(probe).color;
                probe.remove();
                const shown = b => b.offsetParent !== null && !b.disabled && !b.classList.contains('pf-m-disabled');
                const primary = [...document.querySelectorAll('.pf-v5-c-button.pf-m-primary')].filter(shown)
                  .filter(b => getComputedStyle(b).backgroundColor !== rgb).map(b => 'primary: ' + b.textContent.trim());
                const secondary = [...document.querySelectorAll('.pf-v5-c-button.pf-m-secondary')].filter(shown)
                  .filter(b => getComputedStyle(b).color !== rgb).map(b => 'secondary: ' + b.textContent.trim());
                return primary.concat(secondary);""");
    }

    protected <P extends CibtpPage> P next(Class<P> page) {
        return on(driver, page);
    }

    /**
     * The page drawn from the same template as this one, after a click on {@code clicked} of this one: waits until
     * the browser has left this page (the element is gone), then for {@code page}.
     */
    protected <P extends CibtpPage> P nextAfterLeaving(WebElement clicked, Class<P> page) {
        until().until(d -> left(clicked));
        return on(driver, page);
    }

    /**
     * Whether the page holding {@code element} is gone. While the next page loads, Chromium's driver may answer that
     * the element's node "does not belong to the document" (the new one) rather than call it stale: gone as well.
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException | NoSuchElementException gone) {
            return true;
        } catch (WebDriverException e) {
            if (ofPageLeft(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean ofPageLeft(WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    /** Clicks the element {@code id}, then waits until the browser has left this page, wherever it leads. */
    protected void clickAndLeave(String id) {
        WebElement clicked = driver.findElement(By.id(id));
        clicked.click();
        until().until(d -> left(clicked));
    }

    /** An element that a click brings to this same template (a step of the screen), once it shows. */
    protected WebElement await(By element) {
        return until().until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    /** Waits until the browser is sent back to a portal's {@code redirectUri}; returns the URL it lands on. */
    protected String awaitRedirectTo(String redirectUri) {
        until().until(d -> d.getCurrentUrl().startsWith(redirectUri));
        return driver.getCurrentUrl();
    }

    protected void scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView();", element);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver.driver()).executeScript(script, arguments);
    }

    /** The elements {@code element} finds on this page, at once (the page is shown: nothing more will come). */
    protected List<WebElement> shown(By element) {
        return Waiting.shownNow(driver.driver(), element);
    }

    private WebDriverWait until() {
        return Waiting.upTo(driver.driver(), PATIENCE);
    }
}
