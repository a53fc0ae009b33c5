package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** A refusal of "Gérer les droits d'accès" on a page of its own: the sentence, and a link back when there is one. */
public class RightsRefusalPage extends CibtpPage {

    public RightsRefusalPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-rights-message";
    }

    /** Why the page refuses, or "". */
    public String feedback() {
        return textOrEmpty(By.className("kc-feedback-text"));
    }
}
