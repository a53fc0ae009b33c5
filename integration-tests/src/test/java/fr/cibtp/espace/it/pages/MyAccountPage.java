package fr.cibtp.espace.it.pages;

import java.util.List;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Mon compte utilisateur", tab "Connexion et contact" or "Notification des documents". */
public class MyAccountPage extends CibtpPage {

    public MyAccountPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-account";
    }

    /** "Modifier contact". */
    public ContactUpdatePage changeContact() {
        driver.findElement(By.id("cibtp-change-contact")).click();
        return next(ContactUpdatePage.class);
    }

    /** The tab "Notification des documents". */
    public MyAccountPage documentNotices() {
        driver.findElement(By.id("cibtp-tab-notifications")).click();
        return next(MyAccountPage.class);
    }

    /** "Modifier les notifications", from the tab "Notification des documents". */
    public DocumentNoticesPage changeDocumentNotices() {
        driver.findElement(By.id("cibtp-change-notifications")).click();
        return next(DocumentNoticesPage.class);
    }

    /** "Ajouter une clé d'accès"; {@code next} is the step-up, or the passkey's own page when none is asked. */
    public <P extends CibtpPage> P addPasskey(Class<P> next) {
        WebElement add = driver.findElement(By.id("cibtp-add-passkey"));
        add.click();
        return nextAfterLeaving(add, next);
    }

    /** The passkeys listed, each as its lines read ("Téléphone de chantier\najoutée le 6 décembre 2026"). */
    public List<String> passkeys() {
        return driver.driver().findElements(By.cssSelector("#cibtp-passkeys li > span")).stream().map(e -> e.getText().strip()).toList();
    }

    /** "Supprimer" beside the first passkey: Keycloak's confirmation of the removal. */
    public DeleteCredentialPage removeFirstPasskey() {
        WebElement remove = driver.findElement(By.cssSelector("#cibtp-passkeys .cibtp-remove-passkey"));
        remove.click();
        return nextAfterLeaving(remove, DeleteCredentialPage.class);
    }

    /** The message at the top of the page ("Votre clé d'accès est ajoutée…"), or "". */
    public String message() {
        List<WebElement> alerts = driver.driver().findElements(By.cssSelector(".pf-v5-c-alert__title"));
        return alerts.isEmpty() ? "" : alerts.get(0).getText().strip();
    }

    /** What the page shows for the mobile: the number and its mark. */
    public String mobile() {
        return driver.findElement(By.id("cibtp-account-mobile")).getText().strip();
    }
}
