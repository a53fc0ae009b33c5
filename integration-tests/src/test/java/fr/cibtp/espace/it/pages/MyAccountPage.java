package fr.cibtp.espace.it.pages;

import java.util.List;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Mon compte utilisateur", tab "Connexion et contact" or "Notification des documents". */
public class MyAccountPage extends CibtpPage {

    public MyAccountPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-account";
    }

    /** The menu's "Gérer les droits d'accès". */
    public RightsListPage rights() {
        return follow("cibtp-tab-rights", RightsListPage.class);
    }

    /** "Modifier contact". */
    public ContactUpdatePage changeContact() {
        driver.findElement(By.id("cibtp-change-contact")).click();
        return next(ContactUpdatePage.class);
    }

    /** The tab "Notification des documents" (the same template: waits until the tab left is gone). */
    public MyAccountPage documentNotices() {
        return follow("cibtp-tab-notifications", MyAccountPage.class);
    }

    /** What the tab "Notification des documents" says of a channel ("email", "sms"): "Oui" or "Non". */
    public String notices(String channel) {
        return textOf("cibtp-notices-" + channel);
    }

    public String contactTabLabel() {
        return driver.findElement(By.id("cibtp-tab-contact")).getText();
    }

    public String rightsTabLabel() {
        return driver.findElement(By.id("cibtp-tab-rights")).getText();
    }

    /** Whether the menu offers "Gérer les droits d'accès" (the entreprise space only). */
    public boolean offersRights() {
        return has("cibtp-tab-rights");
    }

    /** The headings of the tab's sections, in their order. */
    public List<String> sections() {
        return shown(By.cssSelector("#cibtp-account h2")).stream().map(WebElement::getText).toList();
    }

    public String email() {
        return textOf("cibtp-account-email");
    }

    public String lastName() {
        return textOf("cibtp-account-last-name");
    }

    public String firstName() {
        return textOf("cibtp-account-first-name");
    }

    public String landline() {
        return textOf("cibtp-account-landline");
    }

    /** The mark beside a certified mobile ("Certifié"). */
    public String mobileMark() {
        return textOf("cibtp-mobile-certified");
    }

    /** The "Modifier" links of the tab: address, password, contact, mobile. */
    public List<String> changeLinks() {
        return List.of(textOf("cibtp-change-email"), textOf("cibtp-change-password"), textOf("cibtp-change-contact"), certifyMobileLabel());
    }

    /** The mobile's link: "Modifier téléphone mobile", or "Certifier un téléphone mobile" when there is none. */
    public String certifyMobileLabel() {
        return textOf("cibtp-certify-mobile");
    }

    /** The mobile's link when there is none: its certification. */
    public PhoneCertificationPage certifyMobile() {
        return follow("cibtp-certify-mobile", PhoneCertificationPage.class);
    }

    /** "Modifier mot de passe". */
    public UpdatePasswordPage changePassword() {
        return follow("cibtp-change-password", UpdatePasswordPage.class);
    }

    public String backToSpaceLabel() {
        return driver.findElement(By.id("cibtp-back-to-space")).getText();
    }

    /** Where "Retour à mon Espace sécurisé" leads. */
    public String backToSpaceAddress() {
        return driver.findElement(By.id("cibtp-back-to-space")).getAttribute("href");
    }

    /** The warning of what changing the address changes. */
    public String emailChangeWarning() {
        return driver.findElement(By.id("cibtp-email-change-warning")).getText();
    }

    /** The classes of the warning (PatternFly's alert kinds). */
    public String emailChangeWarningClasses() {
        return driver.findElement(By.id("cibtp-email-change-warning")).getAttribute("class");
    }

    public String signOutLabel() {
        return textOf("cibtp-sign-out");
    }

    /** "Se déconnecter": Keycloak asks to confirm. */
    public SignOutPage signOut() {
        return follow("cibtp-sign-out", SignOutPage.class);
    }

    /** "Modifier les notifications", from the tab "Notification des documents". */
    public DocumentNoticesPage changeDocumentNotices() {
        driver.findElement(By.id("cibtp-change-notifications")).click();
        return next(DocumentNoticesPage.class);
    }

    /** "Ajouter une clé d'accès"; {@code next} is the step-up, or the passkey's own page when none is asked. */
    public <P extends CibtpPage> P addPasskey(Class<P> next) {
        WebElement add = driver.findElement(By.id("cibtp-add-passkey"));
        add.click();
        return nextAfterLeaving(add, next);
    }

    /** The passkeys listed, each as its lines read ("Téléphone de chantier\najoutée le 6 décembre 2026"). */
    public List<String> passkeys() {
        return shown(By.cssSelector("#cibtp-passkeys li > span")).stream().map(e -> e.getText().strip()).toList();
    }

    /** "Supprimer" beside the first passkey: Keycloak's confirmation of the removal. */
    public DeleteCredentialPage removeFirstPasskey() {
        WebElement remove = driver.findElement(By.cssSelector("#cibtp-passkeys .cibtp-remove-passkey"));
        remove.click();
        return nextAfterLeaving(remove, DeleteCredentialPage.class);
    }

    /** The message at the top of the page ("Votre clé d'accès est ajoutée…"), or "". */
    public String message() {
        List<WebElement> alerts = shown(By.cssSelector(".pf-v5-c-alert__title"));
        return alerts.isEmpty() ? "" : alerts.get(0).getText().strip();
    }

    /** What the page shows for the mobile: the number and its mark. */
    public String mobile() {
        return driver.findElement(By.id("cibtp-account-mobile")).getText().strip();
    }
}
