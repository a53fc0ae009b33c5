package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

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

    /** What the page shows for the mobile: the number and its mark. */
    public String mobile() {
        return driver.findElement(By.id("cibtp-account-mobile")).getText().strip();
    }
}
