package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Keycloak's "Supprimer …" confirmation of a credential's removal, in the CIBTP look. */
public class DeleteCredentialPage extends CibtpPage {

    public DeleteCredentialPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "delete-credential";
    }

    /** What the page asks ("Voulez-vous supprimer … ?"), French typography's no-break spaces read as spaces. */
    public String question() {
        return driver.findElement(By.id("kc-delete-text")).getText().replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }

    /** "Confirmer la suppression"; {@code next} is the page the action comes back to. */
    public <P extends CibtpPage> P confirm(Class<P> next) {
        WebElement accept = driver.findElement(By.id("kc-accept"));
        accept.click();
        return nextAfterLeaving(accept, next);
    }
}
