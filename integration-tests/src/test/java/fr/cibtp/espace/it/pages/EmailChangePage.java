package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** "Modifier mon adresse électronique": the new address, and the password unless the mobile stood in for it. */
public class EmailChangePage extends CibtpPage {

    private static final By PENDING = By.id("cibtp-email-change-pending");

    public EmailChangePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-email-change";
    }

    /** Types the password (unless {@code null}: the mobile stood in for it), the new address and its confirmation. */
    public EmailChangePage type(String password, String email, String confirmation) {
        if (password != null) {
            fill("password", password);
        }
        fill("email", email);
        fill("emailConfirm", confirmation);
        return this;
    }

    /** "Valider", the change refused: the same form, saying why next to the field. */
    public EmailChangePage submitRefused() {
        return follow("cibtp-validate", EmailChangePage.class);
    }

    /** "Valider": the same screen then waits for the link sent to the new address. */
    public EmailChangePage submit() {
        driver.findElement(By.id("cibtp-validate")).click();
        await(PENDING);
        return this;
    }

    /** Asks for {@code newEmail}, typing the password: the same screen then waits for the link sent to it. */
    public EmailChangePage request(String password, String newEmail) {
        return type(password, newEmail, newEmail).submit();
    }

    /** What the screen says while it waits for the link (the new address). */
    public String pending() {
        return driver.findElement(PENDING).getText();
    }

    /** "Renvoyer le lien": the same screen, the link sent again. */
    public EmailChangePage resend() {
        return follow("cibtp-resend", EmailChangePage.class);
    }

    /** While waiting for the link: cancels the change; the same screen then says the old address stays. */
    public EmailChangePage cancel() {
        driver.findElement(By.id("cibtp-cancel-change")).click();
        await(By.id("cibtp-email-change-cancelled"));
        return this;
    }

    /** What the screen says once the change is cancelled (the address kept). */
    public String cancelled() {
        return driver.findElement(By.id("cibtp-email-change-cancelled")).getText();
    }

    public String passwordError() {
        return textOrEmpty(By.id("input-error-password"));
    }

    public String emailError() {
        return textOrEmpty(By.id("input-error-email"));
    }

    public boolean asksNewAddress() {
        return driver.findElement(By.id("email")).isDisplayed();
    }

    public boolean asksPassword() {
        return has("password");
    }
}
