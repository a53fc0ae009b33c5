package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** "Nouvelles coordonnées bancaires", shown once the sign-in reached acr sms. */
public class PortalBankDetailsPage extends PortalPage {

    public PortalBankDetailsPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "coordonnees-bancaires";
    }

    /** The sentence naming the level of the sign-in. */
    public String level() {
        return driver.findElement(By.id("niveau")).getText();
    }

    public PortalBankDetailsPage submit(String holder, String iban, String bic) {
        driver.findElement(By.id("titulaire")).sendKeys(holder);
        driver.findElement(By.id("iban")).sendKeys(iban);
        driver.findElement(By.id("bic")).sendKeys(bic);
        return follow("valider", PortalBankDetailsPage.class);
    }

    public String saved() {
        return driver.findElement(By.id("enregistre")).getText();
    }

    public PortalHomePage home() {
        return follow("accueil", PortalHomePage.class);
    }
}
