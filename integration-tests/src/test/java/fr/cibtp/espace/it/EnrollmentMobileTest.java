package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.lastLinkSentTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.mailsTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.AccountCreationPage;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.PhoneCertificationPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.VerifyEmailPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.EnrollmentPages;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.SmsCodes;
import fr.cibtp.espace.it.support.TestEvents;
import fr.cibtp.espace.it.support.Words;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectEvents;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.events.Events;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Step 2's "Certifier" (guide: "le bouton Certifier apparaît pour vous permettre de le certifier par la saisie d'un code
 * envoyé par SMS"), as a plain form button so that it works without JavaScript: the account is created, the code is
 * typed, then the activation email goes.
 */
@KeycloakIntegrationTest
class EnrollmentMobileTest {

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectMailServer
    MailServer mail;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @InjectEvents
    Events events;

    private PkceGenerator pkce;
    private String mobile;

    @BeforeEach
    void aFreshBrowserAndNumber() {
        CibtpRealm.useSmsStandIn(realm, operator);
        // 061 then any seven digits is a French mobile (0639… is not, for one).
        mobile = "061" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void theMobileTypedAtStep2IsCertifiedThenTheActivationEmailGoes() {
        String email = CibtpRealm.uniqueEmail("certifier");
        AccountCreationPage step2 = reachStep2();
        assertEquals("Informations de contact", step2.contactLegend());
        assertTrue(step2.emailNotice().startsWith("Je suis informé que je suis susceptible de recevoir"));
        fillStep2(email, mobile);
        PhoneCertificationPage certification = step2.certifyMobile();

        assertEquals("Certification du numéro de téléphone", certification.title());
        assertEquals(Words.fr("cibtpEnrollmentCodeSent"), certification.message());
        assertEquals(0, mailsTo(mail, email), "the activation email waits for the mobile");
        String code = SmsCodes.last(operator);
        certification = certification.validate("000000".equals(code) ? "111111" : "000000", PhoneCertificationPage.class);
        assertEquals(Words.fr("cibtpSmsCodeWrong"), certification.fieldError("code"));

        assertEquals("Finalisation de l'ouverture de compte", certification.validate(code, VerifyEmailPage.class).title());
        UserRepresentation user = realm.admin().users().searchByEmail(email, true).get(0);
        assertEquals("+33" + mobile.substring(1), user.getAttributes().get("phoneNumber").get(0));
        assertEquals("true", user.getAttributes().get("phoneNumberVerified").get(0));
        assertNotNull(user.getAttributes().get("phoneNumberCertifiedAt"));
        assertEquals(1, TestEvents.of(events, "CUSTOM_REQUIRED_ACTION", user.getId()).stream()
                .filter(e -> "certified".equals(e.getDetails().get("cibtp_sms"))).count());

        driver.open(lastLinkSentTo(mail, email));
        AccessToken token = oauth.verifyToken(oauth.accessTokenRequest(oauth.parseLoginResponse().getCode()).codeVerifier(pkce).send().getAccessToken());
        assertEquals(email, token.getEmail(), "the activation link signs the new account in");
    }

    @Test
    void certifierWithoutAMobileSaysSoAndCreatesNothing() {
        String email = CibtpRealm.uniqueEmail("certifier-vide");
        AccountCreationPage step2 = reachStep2();
        fillStep2(email, "");
        assertTrue(!step2.certifyShown(), "Certifier appears once a mobile is typed");
        // Without JavaScript the button is always there: the server says what is missing.
        ((JavascriptExecutor) driver.driver()).executeScript("document.getElementById('cibtp-certify').hidden = false");
        step2 = step2.certifyMobileRefused();
        assertEquals(Words.fr("cibtpMobileToCertify"), step2.fieldError("mobile"));
        assertEquals("", step2.value("password"), "a password is never sent back");
        assertTrue(realm.admin().users().searchByEmail(email, true).isEmpty());
    }

    @Test
    void plusTardSendsTheActivationEmailWithTheMobileUncertified() {
        String email = CibtpRealm.uniqueEmail("certifier-plus-tard");
        AccountCreationPage step2 = reachStep2();
        fillStep2(email, mobile);
        PhoneCertificationPage certification = step2.certifyMobile();
        assertEquals("Certification du numéro de téléphone", certification.title());

        assertEquals("Finalisation de l'ouverture de compte", certification.later(VerifyEmailPage.class).title());
        UserRepresentation user = realm.admin().users().searchByEmail(email, true).get(0);
        assertEquals("false", user.getAttributes().get("phoneNumberVerified").get(0));
        assertEquals(1, mailsTo(mail, email));
    }

    private AccountCreationPage reachStep2() {
        Letters letters = Letters.site(new RegistryApi(realm), new RegistryApi(realm).serviceAccountToken("back-office-certifier", true));
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        AccountCreationPage step2 = CibtpPage.on(driver, SignInPage.class).startEnrollment().answerAdherent()
                .fillLetter(letters.identifiant(), letters.siret(), letters.code()).submit();
        assertEquals("Étape 2/2 : Saisie des informations de contact et de connexion", step2.subtitle());
        return step2;
    }

    private void fillStep2(String email, String typedMobile) {
        type(driver, "email", email);
        type(driver, "emailConfirm", email);
        type(driver, "password", EnrollmentPages.PASSWORD);
        type(driver, "passwordConfirm", EnrollmentPages.PASSWORD);
        type(driver, "mobile", typedMobile);
    }
}
