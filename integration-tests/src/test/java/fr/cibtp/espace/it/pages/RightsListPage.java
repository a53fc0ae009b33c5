package fr.cibtp.espace.it.pages;

import java.util.List;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.ui.Select;

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

    /** The message of the last action (saved, closed...), or "" when there is none. */
    public String feedback() {
        return textOrEmpty(By.className("kc-feedback-text"));
    }

    /** "n bénéficiaire(s) de délégation". */
    public String count() {
        return textOf("cibtp-count");
    }

    /** The first row of the list, as read. */
    public String firstRow() {
        return driver.findElement(By.cssSelector("tbody tr")).getText();
    }

    /** The last names of the list, in its order (the column "Nom et prénom"). */
    public List<String> lastNames() {
        // The guide's columns: Rôle, Nom et prénom, Statut, Date d'effet, Date de fin, Courriel, Actions.
        return shown(By.cssSelector("tbody tr td:nth-child(2)")).stream()
                .map(cell -> cell.getText().replace("Nom et prénom", "").strip().split(" ")[0]).toList();
    }

    /** The arrow that sorts by name, Z to A. */
    public RightsListPage sortByNameDescending() {
        return follow("sort-nom-desc", RightsListPage.class);
    }

    /** Chooses how many lines a page shows, then "Filtrer". */
    public RightsListPage showBy(String size) {
        new Select(driver.findElement(By.id("taille"))).selectByValue(size);
        return follow("cibtp-filter", RightsListPage.class);
    }

    /** Whether the page offers "Ajouter une délégation" (to an administrator of the site). */
    public boolean offersAdd() {
        return has("cibtp-add");
    }

    /** "Changer de tiers": the site chooser. */
    public SiteChoicePage switchSite() {
        return follow("cibtp-switch-site", SiteChoicePage.class);
    }

    /** The menu's "Mon compte utilisateur". */
    public MyAccountPage myAccount() {
        return follow("cibtp-tab-contact", MyAccountPage.class);
    }

    /** The view link of the first delegation listed: "Visualisation de délégation". */
    public DelegationFormPage viewFirstDelegation() {
        WebElement view = driver.findElement(By.cssSelector("a[id^=view-]"));
        view.click();
        return nextAfterLeaving(view, DelegationFormPage.class);
    }

    /** The close link of the first delegation listed. */
    public CloseDelegationPage closeFirstDelegation() {
        WebElement close = driver.findElement(By.cssSelector("a[id^=close-]"));
        close.click();
        return nextAfterLeaving(close, CloseDelegationPage.class);
    }

    /** What the cabinet block says of the delegation to the cabinet ("Délégation en cours : …"). */
    public String cabinetSummary() {
        return driver.findElement(By.id("cibtp-cabinet-summary")).getText();
    }

    /** The cabinet block's view link: the form, showing what the cabinet has. */
    public DelegationFormPage viewCabinetDelegation() {
        return follow("cibtp-cabinet-view", DelegationFormPage.class);
    }

    /** The cabinet block's delete link: the question asked first. */
    public CloseDelegationPage deleteCabinetDelegation() {
        return follow("cibtp-cabinet-delete", CloseDelegationPage.class);
    }

    /** The row of the delegation to {@code email}, scrolled into view. */
    public WebElement delegationTo(String email) {
        WebElement row = driver.findElement(By.xpath("//tr[td[contains(., '" + email + "')]]"));
        scrollTo(row);
        return row;
    }

    /** Whether the delegation to {@code email} is listed. */
    public boolean lists(String email) {
        return !shown(By.xpath("//tr[td[contains(., '" + email + "')]]")).isEmpty();
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
        return follow("cibtp-add", DelegationFormPage.class);
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
