package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.lastLinkSentTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastMailTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.mailsTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.pageText;
import static fr.cibtp.espace.it.support.EnrollmentPages.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cibtp.espace.it.support.CaisseCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.EmailRecertificationPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.EnrollmentPages.Mail;
import fr.cibtp.espace.it.support.Words;
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

/** Periodic email re-certification: the stored certification date is moved back, as time would. */
@KeycloakIntegrationTest
class EmailRecertificationTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectMailServer
    MailServer mail;

    @BeforeEach
    void aFreshBrowser() {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @Test
    void aCertificationOlderThanThePeriodBlocksTokensUntilTheNewLinkIsClicked() {
        String email = CibtpRealm.uniqueEmail("recertification");
        String userId = certifiedDaysAgo(email, 400);
        signIn(email);
        assertEquals("Certification de votre adresse électronique", title(driver));
        assertTrue(pageText(driver).contains("doit être certifiée de nouveau. Un courriel contenant un lien"), pageText(driver));
        assertTrue(driver.getCurrentUrl().contains("required-action"), "no token meanwhile");
        assertEquals(List.of("VERIFY_EMAIL"), realm.admin().users().get(userId).toRepresentation().getRequiredActions());
        assertRecertificationEmail(email);
        assertEquals(1, mailsTo(mail, email), "one email: Keycloak's \"Verify email\" does not add its activation email");

        driver.open(lastLinkSentTo(mail, email));
        assertNotNull(oauth.parseLoginResponse().getCode(), "the link restores access");
        Instant renewed = Instant.parse(attribute(userId, "emailCertifiedAt"));
        assertTrue(renewed.isAfter(CaisseCalendar.now().minus(Duration.ofMinutes(5))), "certified again, now");
    }

    @Test
    void aGracePeriodLetsTheUserInWithANoticeAndALink() {
        CibtpRealm.updateSettings(realm, Map.of("email-recertification-grace-days", "30"));
        try {
            String email = CibtpRealm.uniqueEmail("delai");
            certifiedDaysAgo(email, 370);
            signIn(email);
            EmailRecertificationPage recertification = CibtpPage.on(driver, EmailRecertificationPage.class);
            assertEquals("Certification de votre adresse électronique", recertification.title());
            assertTrue(recertification.notice().contains("bloqué à partir du"));
            assertTrue(recertification.linkSent().contains(email));
            recertification.continueBackToPortal();
            assertNotNull(oauth.parseLoginResponse().getCode(), "in, meanwhile");
            assertTrue(lastLinkSentTo(mail, email).contains("action-token"));
            assertRecertificationEmail(email);
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("email-recertification-grace-days", "0"));
        }
    }

    @Test
    void aRecentCertificationAndAnAccountWithoutADateGetIn() {
        String email = CibtpRealm.uniqueEmail("recent");
        certifiedDaysAgo(email, 100);
        signIn(email);
        assertNotNull(oauth.parseLoginResponse().getCode());

        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        String older = CibtpRealm.uniqueEmail("avant");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, older, PASSWORD, false);
        signIn(older);
        assertNotNull(oauth.parseLoginResponse().getCode());
        assertNotNull(attribute(userId, "emailCertifiedAt"), "its period starts at its first sign-in");
    }

    /** The guide's re-certification email, not the activation email of a new account. */
    private void assertRecertificationEmail(String email) {
        Mail sent = lastMailTo(mail, email);
        assertEquals(Words.fr("cibtpRecertificationEmailSubject"), sent.subject());
        assertTrue(sent.text().contains("Par mesure de sécurité, la certification de votre adresse électronique doit être "
                + "périodiquement renouvelée. Voici un nouveau lien d'activation de votre Espace sécurisé CIBTP : il suffit de "
                + "cliquer sur ce lien."), sent.text());
        assertFalse(sent.text().contains("a été créé"), sent.text());
    }

    private String certifiedDaysAgo(String email, int days) {
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        user.singleAttribute("emailCertifiedAt", CaisseCalendar.now().minus(Duration.ofDays(days)).toString());
        realm.admin().users().get(userId).update(user);
        return userId;
    }

    private String attribute(String userId, String name) {
        List<String> values = realm.admin().users().get(userId).toRepresentation().getAttributes().get(name);
        return values == null ? null : values.get(0);
    }

    private void signIn(String email) {
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").open();
        oauth.fillLoginForm(email, PASSWORD);
    }
}
