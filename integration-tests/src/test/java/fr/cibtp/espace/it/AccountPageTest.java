package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.MobileOnServer;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.SmsCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.UserInfoResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Mon compte utilisateur" ({@code /realms/cibtp/cibtp-compte/mon-compte}): the guide's "Connexion et contact" tab,
 * each "Modifier" leading to its action and back, in both spaces and both languages.
 */
@KeycloakIntegrationTest
class AccountPageTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @BeforeEach
    void aFreshBrowser() {
        CibtpRealm.useSmsStandIn(realm, operator);
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void showsConnexionEtContactAndEachModifierComesBack() {
        String email = CibtpRealm.uniqueEmail("mon-compte");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        runOnServer.run(MobileOnServer.certify(userId, "+33612345678"));
        setAttribute(userId, "landlineNumber", "+33387123456");
        setAttribute(userId, "locale", "fr");

        driver.open(page(""));
        assertTrue(driver.driver().getCurrentUrl().contains("/protocol/openid-connect/auth"), "a stranger signs in first");
        signIn(email);

        assertEquals("Mon compte utilisateur", title());
        assertEquals("Connexion et contact", driver.findElement(By.id("cibtp-tab-contact")).getText());
        assertEquals("Gérer les droits d'accès", driver.findElement(By.id("cibtp-tab-rights")).getText());
        assertEquals(List.of("Informations de connexion", "Clés d'accès", "Informations de contact"),
                driver.driver().findElements(By.cssSelector("#cibtp-account h2")).stream().map(h -> h.getText()).toList());
        assertEquals(email, text("cibtp-account-email"));
        assertEquals("Lemoine", text("cibtp-account-last-name"));
        assertEquals("Sandrine", text("cibtp-account-first-name"));
        assertEquals("+33 3 87 12 34 56", text("cibtp-account-landline"));
        assertTrue(text("cibtp-account-mobile").startsWith("+33 6 12 34 56 78"), text("cibtp-account-mobile"));
        assertEquals("Certifié", text("cibtp-mobile-certified"));
        assertEquals(List.of("Modifier adresse électronique", "Modifier mot de passe", "Modifier contact", "Modifier téléphone mobile"),
                List.of(text("cibtp-change-email"), text("cibtp-change-password"), text("cibtp-change-contact"), text("cibtp-certify-mobile")));
        assertTrue(driver.driver().getCurrentUrl().endsWith("/realms/cibtp/cibtp-compte/mon-compte"),
                "no authorization response left in the address: " + driver.driver().getCurrentUrl());

        driver.findElement(By.id("cibtp-change-contact")).click();
        assertEquals("Modification des informations de contact", title());
        assertEquals(List.of("lastName", "firstName"), driver.driver().findElements(By.cssSelector("#lastName, #firstName")).stream()
                .map(field -> field.getAttribute("id")).toList(), "Nom, then Prénom, as the guide shows them");
        assertEquals("Attention ! Tous les champs marqués d'un * sont obligatoires.", text("cibtp-required-note"), "the guide's words");
        assertTrue(driver.driver().findElements(By.cssSelector("input[name=phoneNumber], input[name=email]")).isEmpty(),
                "the mobile and the address are not fields here");
        assertEquals("+33 6 12 34 56 78", text("cibtp-contact-mobile"), "the mobile as people read it");
        assertEquals("Modifier téléphone mobile", text("cibtp-contact-change-mobile"));
        driver.findElement(By.id("lastName")).clear();
        driver.findElement(By.id("lastName")).sendKeys("LEMOINE-D'ARC");
        driver.findElement(By.cssSelector("[type=submit]")).click();
        assertEquals("Mon compte utilisateur", title());
        assertEquals("Vos informations de contact ont été mises à jour.", message());
        assertEquals("LEMOINE-D'ARC", text("cibtp-account-last-name"));

        driver.findElement(By.id("cibtp-change-contact")).click();
        driver.findElement(By.id("cibtp-contact-change-mobile")).click();
        assertTrue(driver.driver().getPageSource().contains("confirmez cette modification avec votre téléphone mobile certifié"),
                "the mobile's own change, which first asks the certified mobile: " + driver.driver().getPageSource());
        driver.open(page(""));

        driver.findElement(By.id("cibtp-change-password")).click();
        driver.findElement(By.id("password-new")).sendKeys("Echafaudage-Lyon-69");
        driver.findElement(By.id("password-confirm")).sendKeys("Echafaudage-Lyon-69");
        driver.findElement(By.cssSelector("[type=submit]")).click();
        assertEquals("Votre mot de passe a été modifié.", message());
        assertTrue(realm.admin().getEvents(List.of("UPDATE_PASSWORD"), null, userId, null, null, null, 0, 5).size() >= 1);
    }

    @Test
    void leadsBackToTheSpaceAndSignsOutAndWarnsOfAnEmailChangeAsAnAlert() {
        String email = CibtpRealm.uniqueEmail("mon-compte-sortie");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        setAttribute(userId, "locale", "fr");

        driver.open(page(""));
        signIn(email);
        WebElement back = driver.findElement(By.id("cibtp-back-to-space"));
        assertEquals("← Retour à mon Espace sécurisé", back.getText());
        assertEquals("http://localhost:3000/", back.getAttribute("href"), "the entreprise portal's home address (its client's Home URL)");
        WebElement warning = driver.findElement(By.id("cibtp-email-change-warning"));
        assertTrue(warning.getAttribute("class").contains("pf-m-warning"), "an alert, not small grey print");
        assertTrue(warning.getText().startsWith("ATTENTION, la modification de votre identifiant"), warning.getText());
        assertEquals(1, realm.admin().users().get(userId).getUserSessions().size());

        driver.findElement(By.id("cibtp-sign-out")).click();
        driver.findElement(By.id("kc-logout")).click();

        assertTrue(driver.driver().getCurrentUrl().contains("/protocol/openid-connect/auth"),
                "signed out, the page asks to sign in again: " + driver.driver().getCurrentUrl());
        assertTrue(realm.admin().users().get(userId).getUserSessions().isEmpty(), "the session has ended");
    }

    @Test
    void documentNotificationsAreChosenInTheirTabAndGivenToThePortalsInUserinfo() {
        String email = CibtpRealm.uniqueEmail("mon-compte-notifications");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        setAttribute(userId, "locale", "fr");

        driver.open(page(""));
        signIn(email);
        driver.findElement(By.id("cibtp-tab-notifications")).click();
        assertEquals("Non", text("cibtp-notices-email"));
        assertEquals("Non", text("cibtp-notices-sms"));
        driver.findElement(By.id("cibtp-change-notifications")).click();
        assertEquals("Notification des documents", title());
        assertFalse(driver.findElement(By.id("canal-sms")).isEnabled(), "no SMS without a certified mobile");
        driver.findElement(By.id("canal-email")).click();
        driver.findElement(By.id("cibtp-validate")).click();
        assertEquals("Vos choix de notification des documents sont enregistrés.", message());
        assertEquals("Oui", text("cibtp-notices-email"));
        assertEquals(List.of("email"), userInfoNotices(email));

        runOnServer.run(MobileOnServer.certify(userId, "+33611" + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000))));
        driver.open(page("?onglet=notifications"));
        driver.findElement(By.id("cibtp-change-notifications")).click();
        driver.findElement(By.id("canal-sms")).click();
        driver.findElement(By.id("cibtp-validate")).click();
        assertEquals("Oui", text("cibtp-notices-sms"));
        assertEquals(List.of("email", "sms"), userInfoNotices(email));

        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        user.getAttributes().put("phoneNumberVerified", List.of("false"));
        realm.admin().users().get(userId).update(user);
        assertEquals(List.of("email"), userInfoNotices(email), "SMS only while the mobile is certified");
    }

    /** What a portal reads in userinfo, signed in as {@code email}. */
    private List<?> userInfoNotices(String email) {
        AccessTokenResponse tokens = Portal.freshSignIn(realm, oauth, driver, email, PASSWORD);
        UserInfoResponse userInfo = oauth.doUserInfoRequest(tokens.getAccessToken());
        driver.open(page(""));
        return (List<?>) userInfo.getUserInfo().getOtherClaims().get("cibtp_notification_documents");
    }

    @Test
    void aMobileIsCertifiedFromThePageAndShowsItsMark() {
        String email = CibtpRealm.uniqueEmail("mon-compte-mobile");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        setAttribute(userId, "locale", "fr");
        String mobile = "062" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));

        driver.open(page(""));
        signIn(email);
        assertEquals("Non renseigné", text("cibtp-account-mobile"));
        assertEquals("Certifier un téléphone mobile", text("cibtp-certify-mobile"));

        driver.findElement(By.id("cibtp-certify-mobile")).click();
        assertEquals("Certification du numéro de téléphone", title());
        driver.findElement(By.id("cibtp-cancel")).click();
        assertEquals("Mon compte utilisateur", title(), "Annuler leads back, nothing changed");
        driver.findElement(By.id("cibtp-certify-mobile")).click();
        driver.findElement(By.id("mobile")).sendKeys(mobile);
        driver.findElement(By.id("cibtp-send")).click();
        assertEquals("Annuler", text("cibtp-cancel"), "the code page too can be left");
        driver.findElement(By.id("code")).sendKeys(SmsCodes.last(operator));
        driver.findElement(By.id("cibtp-validate")).click();

        assertEquals("Mon compte utilisateur", title());
        assertEquals("Votre numéro de téléphone mobile est certifié.", message());
        assertEquals("Certifié", text("cibtp-mobile-certified"));
        assertEquals("+33" + mobile.substring(1), realm.admin().users().get(userId).toRepresentation().getAttributes().get("phoneNumber").get(0));
    }

    @Test
    void theSalarieSpaceHasItsLookAndAnEnglishAccountReadsEnglish() {
        String email = CibtpRealm.uniqueEmail("mon-compte-en");
        String userId = CibtpRealm.createUser(realm, email, PASSWORD, false);
        setAttribute(userId, "locale", "en");

        driver.open(page("?espace=salarie"));
        signIn(email);
        assertEquals("My user account", title());
        assertEquals(List.of("Sign-in details", "Passkeys", "Contact details"),
                driver.driver().findElements(By.cssSelector("#cibtp-account h2")).stream().map(h -> h.getText()).toList());
        assertTrue(driver.driver().findElements(By.id("cibtp-tab-rights")).isEmpty(), "no delegation in the salarié space");
        assertEquals("http://localhost:3001/", driver.findElement(By.id("cibtp-back-to-space")).getAttribute("href"));
        assertEquals("Sign out", text("cibtp-sign-out"));
        assertTrue(driver.driver().getPageSource().contains("css/salarie.css"), "the salarié space's blue look");
        assertEquals("Not given", text("cibtp-account-mobile"));
    }

    private void signIn(String email) {
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("kc-login")).click();
    }

    private String page(String query) {
        return realm.getBaseUrl() + "/cibtp-compte/mon-compte" + query;
    }

    private String title() {
        return driver.findElement(By.id("kc-page-title")).getText();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText().strip();
    }

    private String message() {
        return driver.findElement(By.cssSelector(".pf-v5-c-alert__title")).getText();
    }

    private void setAttribute(String userId, String name, String value) {
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        user.singleAttribute(name, value);
        realm.admin().users().get(userId).update(user);
    }
}
