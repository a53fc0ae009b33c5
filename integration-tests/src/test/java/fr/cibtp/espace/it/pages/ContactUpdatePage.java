package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** "Modifier contact": Keycloak's profile update with our user profile (names and the fixed phone). */
public class ContactUpdatePage extends CibtpPage {

    public ContactUpdatePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "login-update-profile";
    }
}
