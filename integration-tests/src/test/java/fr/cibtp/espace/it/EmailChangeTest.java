package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.lastLinkSentTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastMailTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.linksSentTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.mailsTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.pageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.EmailChangePage;
import fr.cibtp.espace.it.pages.InfoPage;
import fr.cibtp.espace.it.pages.MobileConfirmationPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.Words;
import fr.cibtp.espace.it.support.EnrollmentPages.Mail;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.MobileOnServer;
import jakarta.mail.internet.MimeMessage;
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
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/** "Modifier mon adresse électronique": blocked until the new address's link, the old address told, resend, cancel. */
@KeycloakIntegrationTest
class EmailChangeTest {

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

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    @BeforeEach
    void aFreshBrowser() {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @Test
    void theNewAddressBlocksTokensUntilItsLinkIsClickedAndTheOldOneIsTold() throws Exception {
        String old = CibtpRealm.uniqueEmail("ancienne");
        String fresh = CibtpRealm.uniqueEmail("nouvelle");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, old, PASSWORD, false);
        signIn(old);
        assertNotNull(oauth.parseLoginResponse().getCode());
        assertEquals(1, realm.admin().users().get(userId).getUserSessions().size());

        String certifiedBefore = realm.admin().users().get(userId).toRepresentation().getAttributes().get("emailCertifiedAt").get(0);
        timeOffSet.set(1);
        EmailChangePage change = startChange(EmailChangePage.class).type("Pas-le-bon-2026", fresh, fresh).submitRefused();
        assertEquals(Words.fr("cibtpEmailChangeWrongPassword"), change.passwordError());
        change = change.type(PASSWORD, old, old).submitRefused();
        assertEquals(Words.fr("cibtpEmailChangeSame"), change.emailError());

        change = change.request(PASSWORD, fresh);
        assertTrue(change.pending().contains(fresh));
        assertEquals(0, realm.admin().users().get(userId).getUserSessions().size(), "its sessions are ended");

        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        signIn(old);
        change = CibtpPage.on(driver, EmailChangePage.class);
        assertEquals("Modifier mon adresse électronique", change.title(), "no token until the link is clicked");
        change.resend();
        assertEquals(2, mailsTo(mail, fresh), "the link can be sent again");

        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        driver.open(lastLinkSentTo(mail, fresh));
        String waiting = pageText(driver);
        assertTrue(waiting.contains(fresh) && (waiting.contains("remplacera l'ancienne") || waiting.contains("will replace the old one")),
                waiting);
        assertEquals(old, realm.admin().users().get(userId).toRepresentation().getEmail(),
                "without a certified mobile the password alone asked for it: the old address has its chance first");

        // The old address confirms it (its mail's second link, after "Annuler"): the change takes effect at once.
        List<String> oldAddressLinks = linksSentTo(mail, old);
        assertEquals(2, oldAddressLinks.size(), oldAddressLinks.toString());
        driver.driver().manage().deleteAllCookies();
        driver.open(oldAddressLinks.get(1));
        String confirmed = pageText(driver);
        assertTrue(confirmed.contains(fresh) && (confirmed.contains("est confirmée") || confirmed.contains("is confirmed")), confirmed);
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        assertEquals(fresh, user.getEmail());
        assertEquals(fresh, user.getUsername());
        assertTrue(user.getRequiredActions().isEmpty());
        assertTrue(java.time.Instant.parse(user.getAttributes().get("emailCertifiedAt").get(0)).isAfter(java.time.Instant.parse(certifiedBefore)),
                "the new address is certified by its link");

        // The notice is sent before the page answers: it is in the mailbox already.
        MimeMessage notice = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                // In the language of the browser that clicked the link (this one asks for English).
                return m.getAllRecipients()[0].toString().equals(old) && (m.getSubject().equals(Words.fr("cibtpEmailChangedSubject"))
                        || m.getSubject().equals(Words.en("cibtpEmailChangedSubject")));
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow(() -> new AssertionError("the old address is told"));
        assertTrue(new String(notice.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains(fresh));

        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        signIn(fresh);
        assertEquals(fresh, oauth.verifyToken(oauth.accessTokenRequest(oauth.parseLoginResponse().getCode()).codeVerifier(pkce).send()
                .getAccessToken()).getEmail());
    }

    @Test
    void withoutAMobileTheChangeTakesEffectAfterTheDelayAndTheOldAddressCanUndoIt() {
        String old = CibtpRealm.uniqueEmail("ancienne");
        String fresh = CibtpRealm.uniqueEmail("nouvelle");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, old, PASSWORD, false);
        signIn(old);
        startChange(EmailChangePage.class).request(PASSWORD, fresh);
        assertTrue(lastMailTo(mail, old).text().contains("ne prendra donc effet que le"), lastMailTo(mail, old).text());
        driver.driver().manage().deleteAllCookies();
        driver.open(lastLinkSentTo(mail, fresh));
        assertEquals(old, realm.admin().users().get(userId).toRepresentation().getEmail());

        timeOffSet.set(71 * 3600);
        driver.driver().manage().deleteAllCookies();
        signIn(old);
        assertEquals("Modifier mon adresse électronique", CibtpPage.on(driver, EmailChangePage.class).title(),
                "71 hours: the old address still has its chance");

        timeOffSet.set(73 * 3600);
        driver.driver().manage().deleteAllCookies();
        signIn(old);
        assertNotNull(oauth.parseLoginResponse().getCode(), "72 hours on, the next sign-in takes the new address");
        assertEquals(fresh, realm.admin().users().get(userId).toRepresentation().getEmail());

        // Whoever holds the old mailbox undoes it with the notice's link: the address comes back, every session ends.
        Mail notice = lastMailTo(mail, old);
        assertTrue(notice.text().contains("rétablissez votre adresse avec ce lien (valable 7 jours)"), notice.text());
        driver.driver().manage().deleteAllCookies();
        driver.open(lastLinkSentTo(mail, old));
        String undone = pageText(driver);
        assertTrue(undone.contains("est rétablie") || undone.contains("is back"), undone);
        assertEquals(old, realm.admin().users().get(userId).toRepresentation().getEmail());
        assertEquals(0, realm.admin().users().get(userId).getUserSessions().size(), "the new address's sessions are ended");
    }

    @Test
    void aTypoIsCancelledAndTheOldAddressStays() {
        String old = CibtpRealm.uniqueEmail("garde");
        String typo = CibtpRealm.uniqueEmail("fote");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, old, PASSWORD, false);
        signIn(old);
        oauth.parseLoginResponse();
        EmailChangePage change = startChange(EmailChangePage.class).request(PASSWORD, typo);
        String link = lastLinkSentTo(mail, typo);

        assertTrue(change.cancel().cancelled().contains(old));
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        assertEquals(old, user.getEmail());
        assertTrue(user.getRequiredActions().isEmpty());

        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        driver.open(link);
        String refused = pageText(driver);
        assertTrue(refused.contains("Ce lien n'est plus valable") || refused.contains("This link is no longer valid"), refused);
        assertEquals(old, realm.admin().users().get(userId).toRepresentation().getEmail());

        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        signIn(old);
        assertNotNull(oauth.parseLoginResponse().getCode());
        assertEquals(List.of(), realm.admin().users().get(userId).toRepresentation().getRequiredActions());
    }

    @Test
    void withACertifiedMobileTheChangeNeedsItsCodeAndTheOldAddressCanCancelAtOnce() {
        CibtpRealm.useSmsStandIn(realm, operator);
        try {
            String old = CibtpRealm.uniqueEmail("ancienne");
            String fresh = CibtpRealm.uniqueEmail("nouvelle");
            String userId = CibtpRealm.createSiteHolder(realm, runOnServer, old, PASSWORD, false);
            runOnServer.run(MobileOnServer.certify(userId, "+33612345676"));
            signIn(old);
            oauth.parseLoginResponse();
            MobileConfirmationPage confirmation = startChange(MobileConfirmationPage.class);
            assertFalse(confirmation.hasField("email"), "no new address before the mobile answers");
            int before = operator.received().size();
            confirmation = confirmation.sendCode();
            Matcher code = Pattern.compile("est (\\d{6})\\.").matcher(operator.received().get(before).body());
            assertTrue(code.find());
            assertTrue(operator.received().get(before).body().contains("33612345676"));
            EmailChangePage change = confirmation.validate(code.group(1), EmailChangePage.class);

            assertFalse(change.asksPassword(), "the mobile stands in for the password");
            change = change.type(null, fresh, fresh).submit();
            assertTrue(change.pending().contains(fresh));

            assertEquals(1, mailsTo(mail, old), "the old address is told at once");
            driver.open(realm.getBaseUrl());
            driver.driver().manage().deleteAllCookies();
            driver.open(lastLinkSentTo(mail, old));
            String cancelled = CibtpPage.on(driver, InfoPage.class).info();
            assertTrue(cancelled.contains(old), cancelled);
            UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
            assertEquals(old, user.getEmail());
            assertTrue(user.getRequiredActions().isEmpty(), "the account is usable again");
            assertEquals(null, user.getAttributes().get("emailChangePending"));

            driver.open(lastLinkSentTo(mail, fresh));
            String refused = pageText(driver);
            assertTrue(refused.contains("Ce lien n'est plus valable") || refused.contains("This link is no longer valid"), refused);
            assertEquals(old, realm.admin().users().get(userId).toRepresentation().getEmail());
        } finally {
            CibtpRealm.noSmsGateway(realm);
        }
    }

    @Test
    void anAddressInUseIsSaidOnlyAfterTheRightPassword() {
        String old = CibtpRealm.uniqueEmail("ancienne");
        String taken = CibtpRealm.uniqueEmail("prise");
        CibtpRealm.createSiteHolder(realm, runOnServer, old, PASSWORD, false);
        CibtpRealm.createUser(realm, taken, PASSWORD, false);
        signIn(old);
        oauth.parseLoginResponse();
        EmailChangePage change = startChange(EmailChangePage.class).type("Pas-le-bon-2026", taken, taken).submitRefused();
        assertEquals(Words.fr("cibtpEmailChangeWrongPassword"), change.passwordError());
        assertEquals("", change.emailError(), "a stranger with a session learns nothing of registered addresses");

        change = change.type(PASSWORD, taken, taken).submitRefused();
        assertEquals(Words.fr("cibtpEmailChangeInUse"), change.emailError());
    }

    @Test
    void theChangeEndsEverySessionOfflineOnesIncluded() {
        String old = CibtpRealm.uniqueEmail("ancienne");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, old, PASSWORD, false);
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        PkceGenerator offlinePkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(offlinePkce).scope("offline_access").uiLocales("fr").open();
        oauth.fillLoginForm(old, PASSWORD);
        String offline = oauth.accessTokenRequest(oauth.parseLoginResponse().getCode()).codeVerifier(offlinePkce).send().getRefreshToken();
        assertEquals(1, realm.admin().users().get(userId).getOfflineSessions(
                realm.admin().clients().findByClientId(CibtpRealm.ENTREPRISE).get(0).getId()).size());

        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).kcAction("cibtp-email-change").uiLocales("fr").open();
        if (CibtpPage.shows(driver, SignInPage.class)) {
            oauth.fillLoginForm(old, PASSWORD);
        }
        EmailChangePage change = CibtpPage.on(driver, EmailChangePage.class);
        assertEquals("Modifier mon adresse électronique", change.title());
        String fresh = CibtpRealm.uniqueEmail("nouvelle");
        assertTrue(change.request(PASSWORD, fresh).pending().contains(fresh));

        assertEquals(0, realm.admin().users().get(userId).getOfflineSessions(
                realm.admin().clients().findByClientId(CibtpRealm.ENTREPRISE).get(0).getId()).size());
        assertEquals(400, oauth.refreshRequest(offline).send().getStatusCode(), "the offline token is dead");
    }

    private PkceGenerator pkce;

    private void signIn(String email) {
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        oauth.fillLoginForm(email, PASSWORD);
    }

    /** "Modifier mon adresse électronique" asked by a portal; {@code first} is its first screen (the mobile's, if certified). */
    private <P extends CibtpPage> P startChange(Class<P> first) {
        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).kcAction("cibtp-email-change").uiLocales("fr").open();
        P shown = CibtpPage.on(driver, first);
        assertEquals("Modifier mon adresse électronique", shown.title());
        return shown;
    }
}
