package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.fieldError;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastLinkSentTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.mailsTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.pageText;
import static fr.cibtp.espace.it.support.EnrollmentPages.title;
import static fr.cibtp.espace.it.support.EnrollmentPages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import fr.cibtp.espace.it.support.CibtpRealm;
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
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.openqa.selenium.By;

/** "Modifier mon adresse électronique": blocked until the new address's link, the old address told, resend, cancel. */
@KeycloakIntegrationTest
class EmailChangeTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

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
    void theNewAddressBlocksTokensUntilItsLinkIsClickedAndTheOldOneIsTold() throws Exception {
        String old = CibtpRealm.uniqueEmail("ancienne");
        String fresh = CibtpRealm.uniqueEmail("nouvelle");
        String userId = CibtpRealm.createSiteHolder(realm, old, PASSWORD, false);
        signIn(old);
        assertNotNull(oauth.parseLoginResponse().getCode());
        assertEquals(1, realm.admin().users().get(userId).getUserSessions().size());

        String certifiedBefore = realm.admin().users().get(userId).toRepresentation().getAttributes().get("emailCertifiedAt").get(0);
        Thread.sleep(5);
        startChange();
        type(driver, "password", "Pas-le-bon-2026");
        type(driver, "email", fresh);
        type(driver, "emailConfirm", fresh);
        driver.findElement(By.id("cibtp-validate")).click();
        assertEquals("Mot de passe incorrect.", fieldError(driver, "password"));
        type(driver, "password", PASSWORD);
        type(driver, "email", old);
        type(driver, "emailConfirm", old);
        driver.findElement(By.id("cibtp-validate")).click();
        assertEquals("C'est déjà l'adresse électronique de votre compte.", fieldError(driver, "email"));

        type(driver, "password", PASSWORD);
        type(driver, "email", fresh);
        type(driver, "emailConfirm", fresh);
        driver.findElement(By.id("cibtp-validate")).click();
        assertTrue(driver.findElement(By.id("cibtp-email-change-pending")).getText().contains(fresh));
        assertEquals(0, realm.admin().users().get(userId).getUserSessions().size(), "its sessions are ended");

        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        signIn(old);
        assertEquals("Modifier mon adresse électronique", title(driver), "no token until the link is clicked");
        driver.findElement(By.id("cibtp-resend")).click();
        assertEquals(2, mailsTo(mail, fresh), "the link can be sent again");

        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        driver.open(lastLinkSentTo(mail, fresh));
        String confirmed = pageText(driver);
        assertTrue(confirmed.contains(fresh) && (confirmed.contains("est confirmée") || confirmed.contains("is confirmed")), confirmed);
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        assertEquals(fresh, user.getEmail());
        assertEquals(fresh, user.getUsername());
        assertTrue(user.getRequiredActions().isEmpty());
        assertTrue(java.time.Instant.parse(user.getAttributes().get("emailCertifiedAt").get(0)).isAfter(java.time.Instant.parse(certifiedBefore)),
                "the new address is certified by its link");

        for (int waited = 0; mailsTo(mail, old) == 0 && waited < 50; waited++) {
            Thread.sleep(100);
        }
        MimeMessage notice = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                // In the language of the browser that clicked the link (this one asks for English).
                return m.getAllRecipients()[0].toString().equals(old) && (m.getSubject().equals("Votre adresse électronique a été modifiée")
                        || m.getSubject().equals("Your email address was changed"));
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
    void aTypoIsCancelledAndTheOldAddressStays() {
        String old = CibtpRealm.uniqueEmail("garde");
        String typo = CibtpRealm.uniqueEmail("fote");
        String userId = CibtpRealm.createSiteHolder(realm, old, PASSWORD, false);
        signIn(old);
        oauth.parseLoginResponse();
        startChange();
        type(driver, "password", PASSWORD);
        type(driver, "email", typo);
        type(driver, "emailConfirm", typo);
        driver.findElement(By.id("cibtp-validate")).click();
        String link = lastLinkSentTo(mail, typo);

        driver.findElement(By.id("cibtp-cancel-change")).click();
        assertTrue(driver.findElement(By.id("cibtp-email-change-cancelled")).getText().contains(old));
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

    private PkceGenerator pkce;

    private void signIn(String email) {
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        oauth.fillLoginForm(email, PASSWORD);
    }

    private void startChange() {
        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).kcAction("cibtp-email-change").uiLocales("fr").open();
        assertEquals("Modifier mon adresse électronique", title(driver));
    }
}
