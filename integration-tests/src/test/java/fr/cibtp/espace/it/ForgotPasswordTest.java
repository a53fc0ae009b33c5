package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.lastLinkSentTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastMailTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.ForgotPasswordPage;
import fr.cibtp.espace.it.pages.ResetPasswordPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.UpdatePasswordPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Words;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/** "Mot de passe oublié ?": the situation chooser, Keycloak's reset by email, and the request of a new code by post. */
@KeycloakIntegrationTest
class ForgotPasswordTest {

    private static final String REQUESTED = "Votre demande est enregistrée.";

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

    private RegistryApi api;
    private String backOffice;

    @BeforeEach
    void aFreshBrowser() {
        api = new RegistryApi(realm);
        backOffice = api.serviceAccountToken("back-office-forgot", true);
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @Test
    void option1IsKeycloaksResetByEmailAndCertifiesTheAddress() {
        String email = CibtpRealm.uniqueEmail("oubli");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, "Ancien-Mot-2026", false);
        ForgotPasswordPage chooser = toChooser().validateWithoutChoice();
        assertEquals(Words.fr("cibtpForgotChooseSituation"), chooser.message());
        ResetPasswordPage reset = chooser.resetByEmail();

        assertEquals("Mot de passe oublié", reset.title());
        assertEquals("Veuillez saisir votre e-mail. Un lien permettant la réinitialisation de votre mot de passe vous sera "
                + "ensuite adressé.", reset.instruction());
        assertEquals("Adresse e-mail *", reset.usernameLabel());
        assertEquals("Valider", reset.validateLabel());
        assertEquals("Annuler", reset.cancelLabel());
        assertEquals("Besoin d'aide ?", reset.helpTitle());
        reset = reset.validateEmpty();
        assertEquals(Words.fr("missingUsernameMessage"), reset.usernameError());

        reset.sendLinkTo(email);
        assertTrue(lastMailTo(mail, email).text().contains("15 minutes"), "a reset link lives minutes, not a day: "
                + lastMailTo(mail, email).text());
        driver.open(lastLinkSentTo(mail, email));
        UpdatePasswordPage newPassword = CibtpPage.on(driver, UpdatePasswordPage.class);
        assertEquals("Votre mot de passe doit être composé de 8 caractères minimum et comprendre au moins un caractère de 3 "
                + "des 4 catégories suivantes : majuscules, minuscules, chiffres, caractères spéciaux.", newPassword.rule());
        newPassword.updateBackToPortal("Nouveau-Mot-2026");
        assertNotNull(oauth.parseLoginResponse().getCode(), "signed in with the new password");
        assertNotNull(realm.admin().users().get(userId).toRepresentation().getAttributes().get("emailCertifiedAt"),
                "a reset by email link certifies the address");
    }

    @Test
    void option2QueuesOneRequestAndAnswersTheSameForAnUnknownIdentifiant() {
        Letters letters = Letters.site(api, backOffice);
        ForgotPasswordPage answered = requestCode(letters.identifiant().replace("-", ""));
        assertTrue(answered.text().contains(REQUESTED), answered.text());
        answered = requestCode(letters.identifiant());
        assertTrue(answered.text().contains(REQUESTED), "asking again gives the same answer");
        assertEquals(1, waiting(letters.identifiant()), "one request waits per identifiant");

        String unknown = "99999-999-99";
        String answer = requestCode(unknown).text();
        assertTrue(answer.contains(REQUESTED), "the same answer: it never tells whether the identifiant exists");
        assertEquals(0, waiting(unknown));

        assertEquals(Words.fr("cibtpIdentifierRequired"), requestCode("").fieldError("identifiant"));
        answered = requestCode("<b>x</b>" + "9".repeat(5000));
        assertTrue(answered.fieldError("identifiant").startsWith("L'identifiant comporte 10 chiffres"));
        assertFalse(answered.showsBold());
    }

    @Test
    void aFloodFromOneAddressIsStopped() {
        CibtpRealm.updateSettings(realm, Map.of("code-requests-per-hour", "1"));
        try {
            String refused = Words.fr("cibtpCodeRequestTooMany");
            ForgotPasswordPage answered = requestCode("12345-678-90");
            if (!refused.equals(answered.message())) {
                answered = requestCode("12345-678-91");
            }
            assertEquals(refused, answered.message());
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("code-requests-per-hour", "10"));
        }
    }

    /** The entreprise login's "Mot de passe oublié ?": "Quelle est votre situation ?". */
    private ForgotPasswordPage toChooser() {
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").open();
        ForgotPasswordPage chooser = CibtpPage.on(driver, SignInPage.class).forgotPassword();
        assertEquals("Quelle est votre situation ?", chooser.title());
        return chooser;
    }

    /** Option 2 from a fresh browser, asked for {@code identifiant}: the page's answer. */
    private ForgotPasswordPage requestCode(String identifiant) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        ForgotPasswordPage request = toChooser().requestNewCode();
        assertEquals("Demande d'un nouveau code confidentiel", request.title());
        assertTrue(request.source().contains("votre ancien mot de passe ne sert plus"),
                "former users are not told to type a password the code field refuses");
        return request.requestCodeAsSent(identifiant);
    }

    private long waiting(String identifiant) {
        JsonNode requests = RegistryApi.json(api.get(backOffice, "/cibtp-registry/code-requests?statut=en_attente"));
        long count = 0;
        for (JsonNode request : requests) {
            if (identifiant.equals(request.get("identifiant").asText())) {
                count++;
            }
        }
        return count;
    }
}
