package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.PhoneCertificationPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.TestEvents;
import fr.cibtp.espace.it.support.Words;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.testframework.annotations.InjectEvents;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.events.Events;
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
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/** "Certification du numéro de téléphone" in the browser, with the http SMS gateway pointed at the stand-in. */
@KeycloakIntegrationTest
class PhoneCertificationTest {

    private static final String PASSWORD = "Chantier-Nancy-57";

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

    @InjectEvents
    Events events;

    private String mobile;

    private PkceGenerator pkce;

    @BeforeEach
    void httpGatewayAndAFreshNumber() {
        CibtpRealm.useSmsStandIn(realm, operator);
        mobile = "061" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void aCertifiedMobileIsInTheToken() {
        PhoneCertificationPage certification = signInWithCertificationPending();
        assertEquals("Certification du numéro de téléphone", certification.title());
        certification = certification.sendCodeTo(mobile);

        assertEquals(1, operator.received().size());
        String sms = operator.received().get(0).body();
        Matcher code = Pattern.compile("est (\\d{6})\\. Il expire dans 10 minutes").matcher(sms);
        assertTrue(code.find(), sms);
        assertTrue(certification.codeSentTo().endsWith(mobile.substring(8) + "."));

        certification = certification.validate("000000".equals(code.group(1)) ? "111111" : "000000", PhoneCertificationPage.class);
        assertEquals(Words.fr("cibtpSmsCodeWrong"), certification.codeError());

        certification.validateBackToPortal(code.group(1));

        AuthorizationEndpointResponse response = oauth.parseLoginResponse();
        AccessToken token = oauth.verifyToken(oauth.accessTokenRequest(response.getCode()).codeVerifier(pkce).send().getAccessToken());
        assertEquals("+33" + mobile.substring(1), token.getPhoneNumber());
        assertEquals(Boolean.TRUE, token.getPhoneNumberVerified());
    }

    @Test
    void aNewCodeWaitsAMinuteAndAForeignNumberIsRefused() {
        PhoneCertificationPage certification = signInWithCertificationPending().sendCodeRefused("+1 202 555 0143");
        assertEquals(Words.fr("cibtpPhoneCountry"), certification.mobileError());
        assertEquals(0, operator.received().size());
        boolean failureRecorded = TestEvents.of(events, "CUSTOM_REQUIRED_ACTION_ERROR", null).stream().anyMatch(e -> "cibtpPhoneCountry".equals(e.getError()) && "not_sent".equals(e.getDetails().get("cibtp_sms")));
        assertTrue(failureRecorded, "a refused SMS is an event");

        certification = certification.sendCodeTo(mobile).resend();
        assertTrue(certification.message().matches("Attendez \\d+ secondes avant de demander un nouveau code\\."), certification.source());
        assertEquals(1, operator.received().size());
    }

    @Test
    void threeWrongCodesOrAnExpiredOneNeedANewCode() {
        PhoneCertificationPage certification = signInWithCertificationPending().sendCodeTo(mobile);
        String code = sentCode(0);
        String wrong = "000000".equals(code) ? "111111" : "000000";
        for (int i = 0; i < 2; i++) {
            certification = certification.validate(wrong, PhoneCertificationPage.class);
            assertEquals(Words.fr("cibtpSmsCodeWrong"), certification.codeError());
        }
        certification = certification.validate(wrong, PhoneCertificationPage.class);
        assertEquals(Words.fr("cibtpSmsCodeExhausted"), certification.message());
        certification = certification.validate(code, PhoneCertificationPage.class);
        assertEquals(Words.fr("cibtpSmsCodeExhausted"), certification.message(), "even the right code");

        // A code of 1 second, then too late: Keycloak's clock moves on, nobody waits.
        CibtpRealm.updateSettings(realm, Map.of("sms-code-lifetime-seconds", "1", "sms-resend-seconds", "1"));
        try {
            timeOffSet.set(2);
            certification = certification.resend();
            String expiring = sentCode(1);
            timeOffSet.set(4);
            certification = certification.validate(expiring, PhoneCertificationPage.class);
            assertEquals(Words.fr("cibtpSmsCodeExpired"), certification.message());
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("sms-code-lifetime-seconds", "600", "sms-resend-seconds", "60"));
        }
    }

    private String sentCode(int index) {
        String sms = operator.received().get(index).body();
        Matcher code = Pattern.compile("est (\\d{6})\\.").matcher(sms);
        assertTrue(code.find(), sms);
        return code.group(1);
    }

    /** Signs in a holder whose mobile is to be certified; the PKCE of the sign-in is kept for the token. */
    private PhoneCertificationPage signInWithCertificationPending() {
        String email = CibtpRealm.uniqueEmail("certification");
        CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false, "cibtp-phone-certification");
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").scope("phone").open();
        oauth.fillLoginForm(email, PASSWORD);
        return CibtpPage.on(driver, PhoneCertificationPage.class);
    }
}
