package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** "Connexion à votre espace CIBTP": the login form and the links to a first enrollment. */
public class SignInPage extends CibtpPage {

    @FindBy(id = "username")
    private WebElement username;

    @FindBy(id = "password")
    private WebElement password;

    @FindBy(id = "cibtp-enroll")
    private WebElement enroll;

    public SignInPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "login";
    }

    /** Signs in with the keyboard, as most people do; {@code next} is the screen the account is expected on. */
    public <P extends CibtpPage> P signIn(String email, String secret, Class<P> next) {
        username.sendKeys(email);
        password.sendKeys(secret, Keys.ENTER);
        return next(next);
    }

    /** Signs in with the "Se connecter" button; {@code next} is the screen the account is expected on. */
    public <P extends CibtpPage> P signInWithButton(String email, String secret, Class<P> next) {
        username.sendKeys(email);
        password.sendKeys(secret);
        WebElement login = driver.findElement(By.id("kc-login"));
        login.click();
        return nextAfterLeaving(login, next);
    }

    /**
     * "Se connecter avec une clé d'accès": the browser's passkey dialog, which the test's virtual authenticator answers;
     * the last step of a portal's sign-in (one site): waits for the portal's redirect URI.
     */
    public String signInWithPasskeyBackToPortal() {
        driver.findElement(By.id("authenticateWebAuthnButton")).click();
        return awaitRedirectTo(REDIRECT_URI);
    }

    /** How many address fields the page has (one: the login form is drawn once). */
    public int usernameFields() {
        return shown(By.id("username")).size();
    }

    /** What the address field lets the browser fill in ("username webauthn": the device's passkeys too). */
    public String usernameAutocomplete() {
        return username.getAttribute("autocomplete");
    }

    /** Whether the page offers "Je les associe à un espace existant" (the entreprise space only). */
    public boolean offersAssociation() {
        return has("cibtp-associate");
    }

    /** Whether the page offers "S'identifier avec ProConnect". */
    public boolean offersProConnect() {
        return has("cibtp-proconnect");
    }

    public String proConnectLabel() {
        return driver.findElement(By.id("cibtp-proconnect")).getText();
    }

    /** "S'identifier avec ProConnect": ProConnect's own sign-in page, drawn from Keycloak's login template too. */
    public SignInPage proConnect() {
        return follow("cibtp-proconnect", SignInPage.class);
    }

    /** "Créer mon espace sécurisé". */
    public QuestionnairePage startEnrollment() {
        enroll.click();
        return next(QuestionnairePage.class);
    }

    /** "Créer mon espace sécurisé" on the salarié space, which has no questionnaire: step 1 at once. */
    public IdentificationPage startSalarieEnrollment() {
        enroll.click();
        return next(IdentificationPage.class);
    }

    /** "Je les associe à un espace existant": step 1 of the association, the letter of the new site. */
    public IdentificationPage startAssociation() {
        driver.findElement(By.id("cibtp-associate")).click();
        return next(IdentificationPage.class);
    }

    /** "Mot de passe oublié ?". */
    public ForgotPasswordPage forgotPassword() {
        driver.findElement(By.cssSelector("a[href*='reset-credentials']")).click();
        return next(ForgotPasswordPage.class);
    }
}
