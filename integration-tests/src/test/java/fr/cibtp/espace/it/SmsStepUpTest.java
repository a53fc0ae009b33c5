package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.NoMobilePage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.SmsCodePage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.MobileOnServer;
import fr.cibtp.espace.it.support.Words;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
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

/** Step-up: a portal asks acr_values=sms; the realm's browser flow adds a code sent to the certified mobile. */
@KeycloakIntegrationTest
class SmsStepUpTest {

    private static final String PASSWORD = "Charpente-Epinal-88";

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

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    private PkceGenerator pkce;

    @BeforeEach
    void httpGateway() {
        CibtpRealm.useSmsStandIn(realm, operator);
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        pkce = PkceGenerator.s256();
        // Each test signs in as a new user: forget the previous test's SSO session.
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void aCodeToTheCertifiedMobileGivesAcrSms() {
        String email = userWithCertifiedMobile(true);
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").param("acr_values", "sms").open();
        assertEquals(1, CibtpPage.on(driver, SignInPage.class).usernameFields(), driver.driver().getPageSource());
        oauth.fillLoginForm(email, PASSWORD);

        SmsCodePage asked = CibtpPage.on(driver, SmsCodePage.class);
        assertEquals("Code de sécurité par SMS", asked.title());
        assertTrue(asked.why().startsWith("Cette opération demande un code de sécurité"));
        driver.driver().navigate().refresh();
        assertEquals(0, operator.received().size(), "opening the page, or reloading it, sends nothing");
        SmsCodePage page = CibtpPage.on(driver, SmsCodePage.class).receiveCode();
        assertEquals(1, operator.received().size(), "the click sends the code");
        Matcher code = Pattern.compile("est (\\d{6})\\.").matcher(operator.received().get(0).body());
        assertTrue(code.find(), operator.received().get(0).body());
        page.enterCodeBackToPortal(code.group(1));

        AccessToken token = token();
        assertEquals("sms", token.getAcr());
        assertEquals(java.util.List.of("pwd", "sms"), token.getOtherClaims().get("amr"), "amr names the password and the SMS code");
    }

    @Test
    void oneSignInSendsAtMostTheSettingsNumberOfCodes() {
        String email = userWithCertifiedMobile(true);
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").param("acr_values", "sms").open();
        oauth.fillLoginForm(email, PASSWORD);
        SmsCodePage page = CibtpPage.on(driver, SmsCodePage.class).receiveCode();
        for (int sent = 1; sent < 3; sent++) {
            // Past the minute between two codes.
            timeOffSet.set(sent * 61);
            page = page.resend();
        }
        assertEquals(3, operator.received().size());
        timeOffSet.set(4 * 61);
        page = page.resend();
        assertEquals(Words.fr("cibtpSmsSendsPerSignInReached"), page.message());
        assertEquals(3, operator.received().size(), "the fourth is not sent");
    }

    @Test
    void aPasswordAloneGivesAcrMotDePasse() {
        String email = userWithCertifiedMobile(true);
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        oauth.fillLoginForm(email, PASSWORD);

        AccessToken token = token();
        assertEquals("mot-de-passe", token.getAcr());
        assertEquals(java.util.List.of("pwd"), token.getOtherClaims().get("amr"));
        assertEquals(0, operator.received().size());
    }

    @Test
    void withoutACertifiedMobileAPageSaysHowToCertifyOne() {
        String email = userWithCertifiedMobile(false);
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").param("acr_values", "sms").open();
        oauth.fillLoginForm(email, PASSWORD);

        NoMobilePage noMobile = CibtpPage.on(driver, NoMobilePage.class);
        assertEquals("Téléphone mobile non certifié", noMobile.title());
        assertTrue(noMobile.explanation().contains("Certifier"));
        assertEquals(0, operator.received().size());
    }

    private AccessToken token() {
        String code = oauth.parseLoginResponse().getCode();
        assertTrue(code != null, driver.driver().getPageSource());
        return oauth.verifyToken(oauth.accessTokenRequest(code).codeVerifier(pkce).send().getAccessToken());
    }

    private String userWithCertifiedMobile(boolean certified) {
        String email = CibtpRealm.uniqueEmail("step-up");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        if (certified) {
            String number = "+3361" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
            runOnServer.run(MobileOnServer.certify(userId, number));
        }
        return email;
    }
}
