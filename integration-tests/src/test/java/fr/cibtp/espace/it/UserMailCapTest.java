package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.mailsTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.EmailChangePage;
import fr.cibtp.espace.it.pages.MobileConfirmationPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.VerifyEmailPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.MobileOnServer;
import fr.cibtp.espace.it.support.Words;
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
            MobileConfirmationPage sent = mobileConfirmation(email).lostMobile();
            assertTrue(sent.resetLinkSent().contains(email), sent.text());
        }
        assertEquals(Words.fr("cibtpUserMailsPerDayReached"), mobileConfirmation(email).lostMobileRefused().message());
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
        EmailChangePage change = signIn(email, "cibtp-email-change", EmailChangePage.class).request(PASSWORD, fresh);
        assertTrue(change.pending().contains(fresh), change.text());

        change = signIn(email, null, EmailChangePage.class).resend();
        assertEquals(2, mailsTo(mail, fresh));
        change = change.resend();
        assertEquals(Words.fr("cibtpUserMailsPerDayReached"), change.message());
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
            signIn(email, null, VerifyEmailPage.class);
            assertEquals(signIn, mailsTo(mail, email), "each sign-in sends the activation link");
        }
        VerifyEmailPage activation = signIn(email, null, VerifyEmailPage.class);
        assertEquals(Words.fr("cibtpUserMailsPerDayReached"), activation.message());
        assertEquals(Words.fr("cibtpUserMailsPerDayReached"), activation.sendAgain().message(), "and so does « Cliquez ici »");
        assertEquals(2, mailsTo(mail, email));
    }

    /** Signs in afresh, asking {@code action} if any; {@code next} is the screen the account is expected on. */
    private <P extends CibtpPage> P signIn(String email, String action, Class<P> next) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        var form = oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr");
        (action == null ? form : form.kcAction(action)).open();
        oauth.fillLoginForm(email, PASSWORD);
        return CibtpPage.on(driver, next);
    }

    /** "Modifier téléphone mobile": the certified mobile is asked first. */
    private MobileConfirmationPage mobileConfirmation(String email) {
        return signIn(email, "cibtp-phone-certification", MobileConfirmationPage.class);
    }

    /** "Mot de passe oublié ?", "Je souhaite réinitialiser mon mot de passe", the address: what the page then says. */
    private String forgotPassword(String email) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").open();
        return CibtpPage.on(driver, SignInPage.class).forgotPassword().resetByEmail().sendLinkTo(email).text().replace(email, "");
    }
}
