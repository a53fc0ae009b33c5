package fr.cibtp.espace.it.pages;

import java.util.List;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** "Choix de l'adhérent et du site déclarant": the account's sites, one page at a time. */
public class SiteChoicePage extends CibtpPage {

    public SiteChoicePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-site-choice";
    }

    /** Chooses the first site listed: the sign-in goes on, back to the portal; returns the URL it lands on. */
    public String chooseFirst() {
        driver.findElement(By.cssSelector("input[name=site]")).click();
        driver.findElement(By.id("cibtp-choose")).click();
        return awaitRedirectTo(REDIRECT_URI);
    }

    /** Selects the line of the site {@code identifiant}, then "Valider"; {@code next} is the portal's page the sign-in comes back to. */
    public <P extends CibtpPage> P choose(String identifiant, Class<P> next) {
        driver.findElement(By.id("site-" + identifiant)).click();
        WebElement validate = driver.findElement(By.id("cibtp-choose"));
        validate.click();
        return nextAfterLeaving(validate, next);
    }

    /** "Valider" on the site selected, the last step of a portal's sign-in: waits for the portal's redirect URI. */
    public String validateBackToPortal() {
        driver.findElement(By.id("cibtp-choose")).click();
        return awaitRedirectTo(REDIRECT_URI);
    }

    /** Selects the line of the site {@code identifiant}, then "Valider", the last step of a portal's sign-in: waits for the portal's redirect URI. */
    public String chooseBackToPortal(String identifiant) {
        driver.findElement(By.id("site-" + identifiant)).click();
        return validateBackToPortal();
    }

    /** "Valider" with no line selected: the same page, saying what to do. */
    public SiteChoicePage validateWithoutLine() {
        return follow("cibtp-choose", SiteChoicePage.class);
    }

    /**
     * Posts a site the list does not show, as a forged form would: the first line's radio given {@code identifiant},
     * then "Valider"; the same page, refusing it.
     */
    public SiteChoicePage chooseForged(String identifiant) {
        WebElement radio = driver.findElement(By.cssSelector("input[name=site]"));
        ((JavascriptExecutor) driver.driver()).executeScript("arguments[0].value = arguments[1];", radio, identifiant);
        radio.click();
        return follow("cibtp-choose", SiteChoicePage.class);
    }

    /**
     * Searches {@code text}, put in the field as a script would (the field's own limit is not what is tested), then
     * "Rechercher".
     */
    public SiteChoicePage search(String text) {
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        ((JavascriptExecutor) driver.driver()).executeScript("arguments[0].value = arguments[1];", q, text);
        return follow("cibtp-search", SiteChoicePage.class);
    }

    /** The next page of the list. */
    public SiteChoicePage nextPage() {
        return follow("cibtp-next-page", SiteChoicePage.class);
    }

    /** "Veuillez sélectionner une ligne…", above the list. */
    public String instruction() {
        return driver.findElement(By.id("cibtp-site-instruction")).getText();
    }

    /** "n site(s) déclarant(s)". */
    public String siteCount() {
        return driver.findElement(By.id("cibtp-site-count")).getText();
    }

    /** "Page n sur m". */
    public String pageNumber() {
        return driver.findElement(By.id("cibtp-page")).getText();
    }

    /** The words of the table's header cells, as shown. */
    public List<String> headings() {
        return shown(By.cssSelector("table.cibtp-sites th")).stream().map(WebElement::getText).toList();
    }

    /** How many sites this page lists. */
    public int rows() {
        return shown(By.cssSelector("table.cibtp-sites tbody tr")).size();
    }

    /** The column "Nom du site déclarant", in the list's order. */
    public List<String> siteNames() {
        return shown(By.cssSelector("table.cibtp-sites tbody tr td:nth-child(3)")).stream()
                .map(cell -> cell.getText().strip()).toList();
    }

    /** The first line's "Alertes DSN": what it says, and the tooltip it names for screen readers. */
    public DsnAlerts firstDsnAlerts() {
        WebElement alerts = driver.findElement(By.cssSelector(".cibtp-dsn"));
        WebElement list = driver.findElement(By.id(alerts.getAttribute("aria-describedby")));
        return new DsnAlerts(alerts.getAttribute("textContent"), alerts.getAttribute("tabindex"), list.getAttribute("role"),
                list.getAttribute("textContent"));
    }

    /** An "Alertes DSN" cell: its text content (tooltip included), its tabindex, its tooltip's role and text content. */
    public record DsnAlerts(String text, String tabindex, String tooltipRole, String tooltipText) {
    }

    /** Why a site is selected already (ProConnect's SIRET), above the list. */
    public String preselected() {
        return driver.findElement(By.id("cibtp-site-preselected")).getText();
    }

    /** What the search field holds. */
    public String search() {
        return driver.findElement(By.id("q")).getAttribute("value");
    }

    public boolean isSelected(String identifiant) {
        return driver.findElement(By.id("site-" + identifiant)).isSelected();
    }

    public List<String> columns() {
        return shown(By.cssSelector("table.cibtp-sites thead th")).stream()
                .map(th -> th.getAttribute("textContent").strip()).toList();
    }

    /**
     * The cells and column titles drawn outside the card, or over their neighbour (no space between them), and the
     * SIRETs and identifiants split over two lines: what a user cannot read, or copy, at a glance. Empty when the
     * table reads well.
     */
    @SuppressWarnings("unchecked")
    public List<String> unreadableCells() {
        return (List<String>) ((JavascriptExecutor) driver.driver()).executeScript("""
                const card = document.querySelector('.pf-v5-c-login__main').getBoundingClientRect();
                const problems = [];
                document.querySelectorAll('table.cibtp-sites th, table.cibtp-sites td').forEach(cell => {
                  const box = cell.getBoundingClientRect();
                  if (box.width === 0 || box.height === 0) return;
                  // on a phone the column titles are only for screen readers: each card line names its column
                  if (getComputedStyle(cell.closest('table').tHead).position === 'absolute' && cell.tagName === 'TH') return;
                  if (box.left < card.left - 1 || box.right > card.right + 1) {
                    problems.push('outside the card: ' + cell.textContent.trim());
                  }
                  if (cell.classList.contains('cibtp-nowrap')) {
                    const value = document.createRange();
                    value.selectNodeContents(cell);
                    const lines = new Set([...value.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (lines.size > 1) problems.push('over ' + lines.size + ' lines: ' + cell.textContent.trim());
                  }
                  const next = cell.nextElementSibling;
                  if (next && getComputedStyle(cell).display === 'table-cell') {
                    const text = document.createRange();
                    text.selectNodeContents(cell);
                    const gap = next.getBoundingClientRect().left - text.getBoundingClientRect().right;
                    if (gap < 8) problems.push('no space after: ' + cell.textContent.trim());
                  }
                });
                return problems;
                """);
    }
}
