package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import fr.cibtp.espace.it.pages.AccountCreationPage;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.IdentificationPage;
import fr.cibtp.espace.it.pages.QuestionnairePage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.VerifyEmailPage;
import fr.cibtp.espace.it.support.Chromium;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.EnrollmentPages;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Waiting;
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
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * The whole enrollment as a site manager does it on a phone-sized screen, in headless Chromium (Debian's package,
 * installed by scripts/install-test-browser): login page, questionnaire, step 1, step 2 with the show-password button,
 * the activation email's link, a token for espace-entreprise. Screenshots land in target/screenshots.
 */
@KeycloakIntegrationTest
class EnrollmentInChromiumTest {

    private static ManagedWebDriver browser;

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectMailServer
    MailServer mail;

    @BeforeAll
    static void startChromium() {
        browser = new ManagedWebDriver(Chromium.phone(390, 844));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.driver().quit();
        }
    }

    @Test
    void aSiteManagerEnrollsOnAPhoneAndTheActivationLinkOpensThePortal() throws IOException {
        RegistryApi api = new RegistryApi(realm);
        Letters letters = Letters.site(api, api.serviceAccountToken("back-office-enrollment", true));
        String email = CibtpRealm.uniqueEmail("chromium");
        PkceGenerator pkce = PkceGenerator.s256();
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));

        browser.open(oauth.loginForm().codeChallenge(pkce).build());
        SignInPage signIn = CibtpPage.on(browser, SignInPage.class);
        assertEquals("Connexion à votre espace CIBTP", signIn.title());
        screenshot("1-connexion");
        QuestionnairePage questionnaire = signIn.startEnrollment();
        assertEquals("Aide à la création de votre espace sécurisé", questionnaire.title());
        assertTrue(questionnaire.answerCabinet().cabinetWarning().startsWith("Attention"));
        screenshot("2-questionnaire-cabinet");
        IdentificationPage identification = questionnaire.goBack().answerAdherent();

        identification.fillLetter(letters.identifiant(), letters.siret(), letters.code());
        screenshot("3-etape-1");
        AccountCreationPage account = identification.submit();

        account.fillEmail(email).fillPassword(EnrollmentPages.PASSWORD).showPassword();
        assertEquals("text", account.passwordFieldType(), "the show-password button works");
        assertFalse(account.certifyShown(), "\"Certifier\" appears once a mobile is typed");
        account.fillPasswordConfirm(EnrollmentPages.PASSWORD).fillMobile("06 12 34 56 78");
        assertTrue(account.certifyShown(), "\"Certifier\" next to the typed mobile");
        screenshot("4-etape-2");
        VerifyEmailPage done = account.submit();
        assertEquals("Finalisation de l'ouverture de compte", done.title());
        screenshot("5-merci");

        browser.open(EnrollmentPages.lastLinkSentTo(mail, email));
        Waiting.upTo(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith(CibtpPage.REDIRECT_URI));
        String code = queryParameter(browser.getCurrentUrl(), "code");
        assertNotNull(code, browser.getCurrentUrl());
        AccessToken token = oauth.verifyToken(oauth.accessTokenRequest(code).codeVerifier(pkce).send().getAccessToken());
        assertEquals(email, token.getEmail());
        assertTrue(token.getEmailVerified());
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser.driver(), name);
    }

    private static String queryParameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        return query == null ? null : Arrays.stream(query.split("&")).filter(p -> p.startsWith(name + "="))
                .map(p -> URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8)).findFirst().orElse(null);
    }
}
