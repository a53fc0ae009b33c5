package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** "Ajouter une clé d'accès" refused: a password alone adds no passkey to an account with a second factor. */
public class PasskeyRefusedPage extends CibtpPage {

    public PasskeyRefusedPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-passkey-refused";
    }

    /** Where the page sends the user to add one (from "Mon compte utilisateur"). */
    public String explanation() {
        return driver.findElement(By.id("cibtp-passkey-refused")).getText();
    }
}
