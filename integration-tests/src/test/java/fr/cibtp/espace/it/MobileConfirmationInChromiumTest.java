package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.EmailChangePage;
import fr.cibtp.espace.it.pages.MobileConfirmationPage;
import fr.cibtp.espace.it.pages.PhoneCertificationPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.SmsCodePage;
import fr.cibtp.espace.it.support.Chromium;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.MobileOnServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * The SMS pages in Debian's Chromium, on a phone and on a desktop screen: the step-up of an email change, the
 * certification of a first mobile and the SMS step-up of a sign-in; readable, no sideways scroll, screenshots kept.
 */
@KeycloakIntegrationTest
class MobileConfirmationInChromiumTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @InjectMailServer
    MailServer mail;

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void theEmailChangeAsksTheCertifiedMobileAt360And1280Pixels() throws IOException {
        CibtpRealm.useSmsStandIn(realm, operator);
        for (int width : new int[] {360, 1280}) {
            ManagedWebDriver browser = new ManagedWebDriver(Chromium.phone(width, 800));
            try {
                String email = CibtpRealm.uniqueEmail("confirmation-" + width);
                String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
                String mobile = "+3361" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
                runOnServer.run(MobileOnServer.certify(userId, mobile));

                MobileConfirmationPage confirmation = signIn(browser, "&kc_action=cibtp-email-change")
                        .signIn(email, PASSWORD, MobileConfirmationPage.class);

                assertEquals("Modifier mon adresse électronique", confirmation.title());
                assertTrue(confirmation.currentMobile().contains(mobile.substring(10)));
                screenshot(browser, "confirmation-mobile-1-envoi-" + width);
                assertFits(confirmation, width);

                int before = operator.received().size();
                assertTrue(confirmation.sendCode().codeSentTo().startsWith("Saisissez le code reçu par SMS"));
                screenshot(browser, "confirmation-mobile-2-code-" + width);
                assertFits(confirmation, width);

                EmailChangePage emailChange = confirmation.enterCode(sentCode(before), EmailChangePage.class);
                assertTrue(emailChange.asksNewAddress(), "the form of the new address follows");
                assertFalse(emailChange.asksPassword(), "the mobile stood in for the password");
                screenshot(browser, "confirmation-mobile-3-adresse-" + width);
                assertFits(emailChange, width);
            } finally {
                browser.driver().quit();
            }
        }
    }

    @Test
    void aFirstMobileIsCertifiedAndTheSignInStepsUpAt360And1280Pixels() throws IOException {
        CibtpRealm.useSmsStandIn(realm, operator);
        for (int width : new int[] {360, 1280}) {
            ManagedWebDriver browser = new ManagedWebDriver(Chromium.phone(width, 800));
            try {
                String email = CibtpRealm.uniqueEmail("certification-" + width);
                CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false, "cibtp-phone-certification");
                PhoneCertificationPage certification = signIn(browser, "").signIn(email, PASSWORD, PhoneCertificationPage.class);
                assertEquals("Certification du numéro de téléphone", certification.title());
                String mobile = "061" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
                int before = operator.received().size();
                assertTrue(certification.sendCodeTo(mobile).codeSentTo().startsWith("Saisissez le code reçu par SMS"));
                screenshot(browser, "certification-mobile-code-" + width);
                assertFits(certification, width);
                certification.enterCode(sentCode(before));

                // Signed in already: asking acr_values=sms adds the code sent to the mobile just certified.
                open(browser, "&acr_values=sms");
                SmsCodePage stepUp = CibtpPage.on(browser, SmsCodePage.class);
                assertEquals("Code de sécurité par SMS", stepUp.title());
                screenshot(browser, "sms-step-up-" + width);
                assertFits(stepUp, width);
            } finally {
                browser.driver().quit();
            }
        }
    }

    private SignInPage signIn(ManagedWebDriver browser, String extraParameters) {
        open(browser, extraParameters);
        return CibtpPage.on(browser, SignInPage.class);
    }

    private void open(ManagedWebDriver browser, String extraParameters) {
        browser.open(realm.getBaseUrl() + "/protocol/openid-connect/auth?client_id=" + CibtpRealm.ENTREPRISE
                + "&response_type=code&scope=openid&ui_locales=fr&code_challenge_method=S256"
                + "&code_challenge=" + PkceGenerator.s256().getCodeChallenge()
                + "&redirect_uri=" + URLEncoder.encode(CibtpPage.REDIRECT_URI, StandardCharsets.UTF_8) + extraParameters);
    }

    private String sentCode(int index) {
        Matcher code = Pattern.compile("est (\\d{6})\\.").matcher(operator.received().get(index).body());
        assertTrue(code.find());
        return code.group(1);
    }

    private static void assertFits(CibtpPage page, int width) {
        assertEquals((long) width, page.viewportWidth());
        long overflow = page.sidewaysOverflow();
        assertTrue(overflow <= 0, "the page scrolls sideways by " + overflow + " px at " + width + " px");
    }

    private static void screenshot(ManagedWebDriver browser, String name) throws IOException {
        Chromium.screenshot(browser.driver(), name);
    }
}
