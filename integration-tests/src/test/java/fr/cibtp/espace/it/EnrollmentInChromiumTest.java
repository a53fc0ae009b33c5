package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import fr.cibtp.espace.it.support.Chromium;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.EnrollmentPages;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.RegistryApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole enrollment as a site manager does it on a phone-sized screen, in headless Chromium (Debian's package,
 * installed by scripts/install-test-browser): login page, questionnaire, step 1, step 2 with the show-password button,
 * the activation email's link, a token for espace-entreprise. Screenshots land in target/screenshots.
 */
@KeycloakIntegrationTest
class EnrollmentInChromiumTest {

    private static WebDriver chromium;

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectMailServer
    MailServer mail;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.phone(390, 844);
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    void aSiteManagerEnrollsOnAPhoneAndTheActivationLinkOpensThePortal() throws IOException {
        RegistryApi api = new RegistryApi(realm);
        Letters letters = Letters.site(api, api.serviceAccountToken("back-office-enrollment", true));
        String email = CibtpRealm.uniqueEmail("chromium");
        PkceGenerator pkce = PkceGenerator.s256();
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));

        chromium.get(oauth.loginForm().codeChallenge(pkce).build());
        assertTitle("Connexion à votre espace CIBTP");
        screenshot("1-connexion");
        chromium.findElement(By.id("cibtp-enroll")).click();
        assertTitle("Aide à la création de votre espace sécurisé");
        chromium.findElement(By.cssSelector("label[for=profil-cabinet]")).click();
        chromium.findElement(By.id("cibtp-validate")).click();
        assertTrue(chromium.findElement(By.id("cibtp-cabinet-warning")).getText().startsWith("Attention"));
        screenshot("2-questionnaire-cabinet");
        chromium.findElement(By.id("cibtp-previous")).click();
        chromium.findElement(By.cssSelector("label[for=profil-adherent]")).click();
        chromium.findElement(By.id("cibtp-validate")).click();

        chromium.findElement(By.id("identifiant")).sendKeys(letters.identifiant());
        chromium.findElement(By.id("siret")).sendKeys(letters.siret());
        chromium.findElement(By.id("code")).sendKeys(letters.code());
        screenshot("3-etape-1");
        chromium.findElement(By.id("cibtp-validate")).click();

        chromium.findElement(By.id("email")).sendKeys(email);
        chromium.findElement(By.id("emailConfirm")).sendKeys(email);
        chromium.findElement(By.id("password")).sendKeys(EnrollmentPages.PASSWORD);
        chromium.findElement(By.id("password-show-password")).click();
        assertEquals("text", chromium.findElement(By.id("password")).getAttribute("type"), "the show-password button works");
        chromium.findElement(By.id("passwordConfirm")).sendKeys(EnrollmentPages.PASSWORD);
        chromium.findElement(By.id("mobile")).sendKeys("06 12 34 56 78");
        screenshot("4-etape-2");
        chromium.findElement(By.id("cibtp-validate")).click();
        assertTitle("Finalisation de l'ouverture de compte");
        screenshot("5-merci");

        chromium.get(EnrollmentPages.lastLinkSentTo(mail, email));
        new WebDriverWait(chromium, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:8500/"));
        String code = queryParameter(chromium.getCurrentUrl(), "code");
        assertNotNull(code, chromium.getCurrentUrl());
        AccessToken token = oauth.verifyToken(oauth.accessTokenRequest(code).codeVerifier(pkce).send().getAccessToken());
        assertEquals(email, token.getEmail());
        assertTrue(token.getEmailVerified());
    }

    /** The page title reads {@code expected} once the next page is there: never the title of the page being left. */
    private void assertTitle(String expected, String... why) {
        Chromium.assertTitle(chromium, expected, why);
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(chromium, name);
    }

    private static String queryParameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        return query == null ? null : Arrays.stream(query.split("&")).filter(p -> p.startsWith(name + "="))
                .map(p -> URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8)).findFirst().orElse(null);
    }
}
