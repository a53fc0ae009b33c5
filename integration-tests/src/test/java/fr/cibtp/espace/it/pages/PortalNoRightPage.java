package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** "Nouvelles coordonnées bancaires" refused: the claim lacks Mise à jour on Mes comptes bancaires. */
public class PortalNoRightPage extends PortalPage {

    public PortalNoRightPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "sans-droit";
    }

    public String reason() {
        return driver.findElement(By.id("sans-droit")).getText();
    }
}
