package fr.cibtp.espace.it.pages;

import fr.cibtp.espace.it.support.Waiting;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Ajouter une clé d'accès": the name typed on the page, then the device's passkey dialog. */
public class PasskeyRegistrationPage extends CibtpPage {

    public PasskeyRegistrationPage(ManagedWebDriver driver) {
        super(driver);
    }

    /** Whether the browser shows a passkey registration (Keycloak's button to create one), whatever the page. */
    public static boolean isOffered(ManagedWebDriver driver) {
        return !Waiting.shownNow(driver.driver(), By.id("registerWebAuthn")).isEmpty();
    }

    @Override
    protected String template() {
        return "webauthn-register";
    }

    /** The name proposed in the field. */
    public String proposedName() {
        return driver.findElement(By.id("authenticatorLabel")).getAttribute("value");
    }

    /** Types {@code name}, then "Créer la clé d'accès"; the virtual authenticator makes the key. */
    public <P extends CibtpPage> P create(String name, Class<P> next) {
        WebElement field = driver.findElement(By.id("authenticatorLabel"));
        field.clear();
        field.sendKeys(name);
        WebElement create = driver.findElement(By.id("registerWebAuthn"));
        create.click();
        return nextAfterLeaving(create, next);
    }
}
