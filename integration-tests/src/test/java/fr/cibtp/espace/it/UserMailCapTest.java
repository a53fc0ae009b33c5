package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.alert;
import static fr.cibtp.espace.it.support.EnrollmentPages.mailsTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.pageText;
import static fr.cibtp.espace.it.support.EnrollmentPages.type;
import static fr.cibtp.espace.it.support.EnrollmentPages.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.MobileOnServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.openqa.selenium.By;

/**
 * The mails one account may ask for in a day, every page together: beyond {@code user-mails-per-day} the lost-mobile
 * and email-change pages say so and send nothing, and the password reset page answers as for an unknown address.
 * The email change's request and its old-address notice count as one.
 */
@KeycloakIntegrationTest
class UserMailCapTest {

    private static final String PASSWORD = "Chantier-Thionville-57";

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

    @InjectMailServer
    MailServer mail;

    @BeforeEach
    void twoMailsADay() {
        CibtpRealm.useSmsStandIn(realm, operator);
        CibtpRealm.updateSettings(realm, Map.of("user-mails-per-day", "2"));
    }

    @AfterEach
    void backToTheDefaults() {
        CibtpRealm.updateSettings(realm, Map.of("user-mails-per-day", "10"));
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void theDaysMailsOfOneAccountAreCappedOnEveryPage() {
        String email = CibtpRealm.uniqueEmail("courriels");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        runOnServer.run(MobileOnServer.certify(userId, "+3361" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000))));

        for (int i = 0; i < 2; i++) {
            lostMobile(email);
            assertTrue(driver.findElement(By.id("cibtp-reset-link-sent")).getText().contains(email), pageText(driver));
        }
        lostMobile(email);
        assertEquals("Vous avez demandé trop de courriels aujourd'hui : réessayez demain.", alert(driver));
        assertEquals(2, mailsTo(mail, email));

        String unknownAnswer = forgotPassword(CibtpRealm.uniqueEmail("inconnu"));
        assertEquals(unknownAnswer, forgotPassword(email), "the reset page tells nothing more than for an unknown address");
        assertEquals(2, mailsTo(mail, email), "and sends nothing");
    }

    @Test
    void theEmailChangeLinkIsSentAgainWithinTheDaysMails() {
        String email = CibtpRealm.uniqueEmail("changement");
        CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        String fresh = CibtpRealm.uniqueEmail("nouvelle");
        signIn(email, "cibtp-email-change");
        type(driver, "password", PASSWORD);
        type(driver, "email", fresh);
        type(driver, "emailConfirm", fresh);
        driver.findElement(By.id("cibtp-validate")).click();
        assertTrue(driver.findElement(By.id("cibtp-email-change-pending")).getText().contains(fresh), pageText(driver));

        signIn(email, null);
        driver.findElement(By.id("cibtp-resend")).click();
        assertEquals(2, mailsTo(mail, fresh));
        driver.findElement(By.id("cibtp-resend")).click();
        assertEquals("Vous avez demandé trop de courriels aujourd'hui : réessayez demain.", alert(driver));
        assertEquals(2, mailsTo(mail, fresh), "the third link is not sent");
    }

    @Test
    void theActivationLinkOfAnAccountNotYetActivatedIsCountedToo() {
        String email = CibtpRealm.uniqueEmail("non-active");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false, "VERIFY_EMAIL");
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        user.setEmailVerified(false);
        realm.admin().users().get(userId).update(user);

        for (int signIn = 1; signIn <= 2; signIn++) {
            signIn(email, null);
            assertEquals(signIn, mailsTo(mail, email), "each sign-in sends the activation link");
        }
        signIn(email, null);
        assertEquals("Vous avez demandé trop de courriels aujourd'hui : réessayez demain.", alert(driver));
        driver.findElement(By.cssSelector("#kc-info a, .instruction a")).click();
        assertEquals("Vous avez demandé trop de courriels aujourd'hui : réessayez demain.", alert(driver), "and so does « Cliquez ici »");
        assertEquals(2, mailsTo(mail, email));
    }

    private void signIn(String email, String action) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        var form = oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr");
        (action == null ? form : form.kcAction(action)).open();
        oauth.fillLoginForm(email, PASSWORD);
    }

    private void lostMobile(String email) {
        signIn(email, "cibtp-phone-certification");
        driver.findElement(By.id("cibtp-lost")).click();
    }

    /** "Mot de passe oublié ?", "Je souhaite réinitialiser mon mot de passe", the address: what the page then says. */
    private String forgotPassword(String email) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").open();
        driver.findElement(By.linkText("Mot de passe oublié ?")).click();
        driver.findElement(By.id("situation-mot-de-passe")).click();
        validate(driver);
        type(driver, "username", email);
        validate(driver);
        return pageText(driver).replace(email, "");
    }
}
