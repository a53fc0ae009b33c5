package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.alert;
import static fr.cibtp.espace.it.support.EnrollmentPages.fieldError;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastLinkSentTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastMailTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.pageText;
import static fr.cibtp.espace.it.support.EnrollmentPages.title;
import static fr.cibtp.espace.it.support.EnrollmentPages.type;
import static fr.cibtp.espace.it.support.EnrollmentPages.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.RegistryApi;
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
import org.openqa.selenium.By;

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
        toChooser();
        validate(driver);
        assertEquals("Veuillez choisir votre situation.", alert(driver));
        driver.findElement(By.id("situation-mot-de-passe")).click();
        validate(driver);

        assertEquals("Mot de passe oublié", title(driver));
        assertEquals("Veuillez saisir votre e-mail. Un lien permettant la réinitialisation de votre mot de passe vous sera "
                + "ensuite adressé.", driver.findElement(By.id("cibtp-reset-instruction")).getText());
        assertEquals("Adresse e-mail *", driver.findElement(By.cssSelector("label[for=username]")).getText().replaceAll("\\s+", " "));
        assertEquals("Valider", driver.findElement(By.id("cibtp-validate")).getText());
        assertEquals("Annuler", driver.findElement(By.id("cibtp-cancel")).getText());
        assertEquals("Besoin d'aide ?", driver.findElement(By.id("cibtp-help-title")).getText());
        validate(driver);
        assertEquals("Veuillez saisir votre adresse électronique.", fieldError(driver, "username"));

        type(driver, "username", email);
        validate(driver);
        assertTrue(lastMailTo(mail, email).text().contains("15 minutes"), "a reset link lives minutes, not a day: "
                + lastMailTo(mail, email).text());
        driver.open(lastLinkSentTo(mail, email));
        assertEquals("Votre mot de passe doit être composé de 8 caractères minimum et comprendre au moins un caractère de 3 "
                + "des 4 catégories suivantes : majuscules, minuscules, chiffres, caractères spéciaux.",
                driver.findElement(By.id("cibtp-password-rule")).getText());
        type(driver, "password-new", "Nouveau-Mot-2026");
        type(driver, "password-confirm", "Nouveau-Mot-2026");
        driver.findElement(By.cssSelector("[type=submit]")).click();
        assertNotNull(oauth.parseLoginResponse().getCode(), "signed in with the new password");
        assertNotNull(realm.admin().users().get(userId).toRepresentation().getAttributes().get("emailCertifiedAt"),
                "a reset by email link certifies the address");
    }

    @Test
    void option2QueuesOneRequestAndAnswersTheSameForAnUnknownIdentifiant() {
        Letters letters = Letters.site(api, backOffice);
        requestCode(letters.identifiant().replace("-", ""));
        assertTrue(pageText(driver).contains(REQUESTED), pageText(driver));
        requestCode(letters.identifiant());
        assertTrue(pageText(driver).contains(REQUESTED), "asking again gives the same answer");
        assertEquals(1, waiting(letters.identifiant()), "one request waits per identifiant");

        String unknown = "99999-999-99";
        requestCode(unknown);
        String answer = pageText(driver);
        assertTrue(answer.contains(REQUESTED), "the same answer: it never tells whether the identifiant exists");
        assertEquals(0, waiting(unknown));

        requestCode("");
        assertEquals("Veuillez saisir votre identifiant CIBTP.", fieldError(driver, "identifiant"));
        requestCode("<b>x</b>" + "9".repeat(5000));
        assertTrue(fieldError(driver, "identifiant").startsWith("L'identifiant comporte 10 chiffres"));
        assertTrue(driver.driver().findElements(By.cssSelector("main b")).isEmpty());
    }

    @Test
    void aFloodFromOneAddressIsStopped() {
        CibtpRealm.updateSettings(realm, Map.of("code-requests-per-hour", "1"));
        try {
            String refused = "Trop de demandes ont été faites depuis votre connexion internet. Réessayez dans une heure.";
            requestCode("12345-678-90");
            if (!refused.equals(alert(driver))) {
                requestCode("12345-678-91");
            }
            assertEquals(refused, alert(driver));
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("code-requests-per-hour", "10"));
        }
    }

    private void toChooser() {
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").open();
        driver.findElement(By.linkText("Mot de passe oublié ?")).click();
        assertEquals("Quelle est votre situation ?", title(driver));
    }

    private void requestCode(String identifiant) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        toChooser();
        driver.findElement(By.id("situation-code")).click();
        validate(driver);
        assertEquals("Demande d'un nouveau code confidentiel", title(driver));
        assertTrue(driver.driver().getPageSource().contains("votre ancien mot de passe ne sert plus"),
                "former users are not told to type a password the code field refuses");
        driver.findElement(By.id("identifiant")).clear();
        ((org.openqa.selenium.JavascriptExecutor) driver.driver()).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id("identifiant")), identifiant);
        driver.findElement(By.id("cibtp-request-code")).click();
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
