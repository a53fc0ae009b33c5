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

    public List<String> columns() {
        return driver.driver().findElements(By.cssSelector("table.cibtp-sites thead th")).stream()
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
