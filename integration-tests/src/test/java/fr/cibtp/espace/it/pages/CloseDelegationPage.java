package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** "Fermeture de délégation": the question asked before a delegation ends */
public class CloseDelegationPage extends CibtpPage {

    @FindBy(id = "cibtp-question")
    private WebElement question;

    @FindBy(id = "cibtp-submit")
    private WebElement confirm;

    public CloseDelegationPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-rights-message";
    }

    public String question() {
        return question.getText();
    }

    /** Confirms, but the change is refused: the refusal on a page of its own. */
    public RightsRefusalPage confirmRefused() {
        return follow("cibtp-submit", RightsRefusalPage.class);
    }

    /** Confirms: back to the list. */
    public RightsListPage confirm() {
        confirm.click();
        return next(RightsListPage.class);
    }
}
