package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** "Gérer les droits d'accès": the site's delegations and the cabinet comptable block. */
public class RightsListPage extends CibtpPage {

    @FindBy(id = "cibtp-rights-site")
    private WebElement site;

    @FindBy(id = "cibtp-cabinet-title")
    private WebElement cabinetTitle;

    @FindBy(id = "cibtp-cabinet-none")
    private WebElement cabinetNone;

    public RightsListPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-rights-list";
    }

    /** The site the page acts for. */
    public String site() {
        return site.getText();
    }

    public String cabinetTitle() {
        return cabinetTitle.getText();
    }

    /** What the cabinet block says when nothing is delegated to the cabinet. */
    public String cabinetNone() {
        return cabinetNone.getText();
    }

    /** The message of the last action (saved, closed...). */
    public String feedback() {
        return driver.findElement(By.className("kc-feedback-text")).getText();
    }

    /** The row of the delegation to {@code email}, scrolled into view. */
    public WebElement delegationTo(String email) {
        WebElement row = driver.findElement(By.xpath("//tr[td[contains(., '" + email + "')]]"));
        scrollTo(row);
        return row;
    }

    /** Whether the delegation to {@code email} is listed. */
    public boolean lists(String email) {
        return !driver.driver().findElements(By.xpath("//tr[td[contains(., '" + email + "')]]")).isEmpty();
    }

    /** Unticks "Exclure les utilisateurs inactifs" and filters again: closed and ended delegations show too. */
    public RightsListPage includeInactive() {
        WebElement box = driver.findElement(By.id("exclure_inactifs"));
        scrollTo(box);
        if (box.isSelected()) {
            box.click();
        }
        WebElement filter = driver.findElement(By.id("cibtp-filter"));
        filter.click();
        return nextAfterLeaving(filter, RightsListPage.class);
    }

    /** Types the filters' dates as a user would, then "Filtrer"; returns the page with what the fields then show. */
    public RightsListPage filterByDates(String from, String until) {
        WebElement effet = driver.findElement(By.id("date_effet"));
        scrollTo(effet);
        effet.sendKeys(from);
        driver.findElement(By.id("date_fin")).sendKeys(until);
        WebElement filter = driver.findElement(By.id("cibtp-filter"));
        filter.click();
        return nextAfterLeaving(filter, RightsListPage.class);
    }

    /** The value of a filter's field. */
    public String filterValue(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** "Ajouter une délégation". */
    public DelegationFormPage addDelegation() {
        driver.findElement(By.id("cibtp-add")).click();
        return next(DelegationFormPage.class);
    }

    /** "Ajouter une délégation" without a recent SMS code: the code is asked first ({@code next}: its page). */
    public <P extends CibtpPage> P addDelegationAskingTheSmsCode(Class<P> next) {
        WebElement add = driver.findElement(By.id("cibtp-add"));
        add.click();
        return nextAfterLeaving(add, next);
    }

    /** The view link of the delegation to {@code email}: "Visualisation de délégation". */
    public DelegationFormPage viewDelegationTo(String email) {
        delegationTo(email).findElement(By.cssSelector("a[id^=view-]")).click();
        return next(DelegationFormPage.class);
    }

    /** "Déléguer à mon cabinet comptable", in the cabinet block. */
    public DelegationFormPage delegateToCabinet() {
        WebElement delegate = driver.findElement(By.id("cibtp-cabinet-delegate"));
        scrollTo(delegate);
        delegate.click();
        return next(DelegationFormPage.class);
    }

    /** The close link of the delegation to {@code email}. */
    public CloseDelegationPage closeDelegationTo(String email) {
        delegationTo(email).findElement(By.cssSelector("a[id^=close-]")).click();
        return next(CloseDelegationPage.class);
    }
}
