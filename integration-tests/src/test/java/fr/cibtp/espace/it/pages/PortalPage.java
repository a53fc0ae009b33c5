package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** A page of the demo portal (portal/): its body names the screen as "portail-…", as Keycloak's pages do. */
public abstract class PortalPage extends CibtpPage {

    protected PortalPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    public String getExpectedPageId() {
        return "portail-" + template();
    }

    @Override
    public String title() {
        return driver.findElement(By.id("titre")).getText();
    }

    /** "Se déconnecter": the portal and Keycloak forget the sign-in. */
    public PortalGoodbyePage signOut() {
        return follow("deconnexion", PortalGoodbyePage.class);
    }
}
