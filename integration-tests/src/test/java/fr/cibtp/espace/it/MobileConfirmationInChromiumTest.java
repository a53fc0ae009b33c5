package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.support.Chromium;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.RegistryApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The SMS pages in Debian's Chromium, on a phone and on a desktop screen: the step-up of an email change, the
 * certification of a first mobile and the SMS step-up of a sign-in; readable, no sideways scroll, screenshots kept.
 */
@KeycloakIntegrationTest
class MobileConfirmationInChromiumTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

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
            WebDriver chromium = Chromium.phone(width, 800);
            try {
                String email = CibtpRealm.uniqueEmail("confirmation-" + width);
                String userId = CibtpRealm.createSiteHolder(realm, email, PASSWORD, false);
                String mobile = "+3361" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
                new RegistryApi(realm).probe("certified-mobile", Map.of("userId", userId, "number", mobile));

                signIn(chromium, email, "&kc_action=cibtp-email-change");

                Chromium.assertTitle(chromium, "Modifier mon adresse électronique");
                assertTrue(chromium.findElement(By.id("cibtp-current-mobile")).getText().contains(mobile.substring(10)));
                Chromium.screenshot(chromium, "confirmation-mobile-1-envoi-" + width);
                assertFits(chromium, width);

                int before = operator.received().size();
                chromium.findElement(By.id("cibtp-send-current")).click();
                assertTrue(chromium.findElement(By.id("cibtp-code-sent-to")).getText().startsWith("Saisissez le code reçu par SMS"));
                Chromium.screenshot(chromium, "confirmation-mobile-2-code-" + width);
                assertFits(chromium, width);

                chromium.findElement(By.id("code")).sendKeys(sentCode(before), Keys.ENTER);
                assertTrue(chromium.findElement(By.id("email")).isDisplayed(), "the form of the new address follows");
                assertTrue(chromium.findElements(By.id("password")).isEmpty(), "the mobile stood in for the password");
                Chromium.screenshot(chromium, "confirmation-mobile-3-adresse-" + width);
                assertFits(chromium, width);
            } finally {
                chromium.quit();
            }
        }
    }

    @Test
    void aFirstMobileIsCertifiedAndTheSignInStepsUpAt360And1280Pixels() throws IOException {
        CibtpRealm.useSmsStandIn(realm, operator);
        for (int width : new int[] {360, 1280}) {
            WebDriver chromium = Chromium.phone(width, 800);
            try {
                String email = CibtpRealm.uniqueEmail("certification-" + width);
                CibtpRealm.createSiteHolder(realm, email, PASSWORD, false, "cibtp-phone-certification");
                signIn(chromium, email, "");
                Chromium.assertTitle(chromium, "Certification du numéro de téléphone");
                String mobile = "061" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
                chromium.findElement(By.id("mobile")).sendKeys(mobile);
                int before = operator.received().size();
                chromium.findElement(By.id("cibtp-send")).click();
                assertTrue(chromium.findElement(By.id("cibtp-code-sent-to")).getText().startsWith("Saisissez le code reçu par SMS"));
                Chromium.screenshot(chromium, "certification-mobile-code-" + width);
                assertFits(chromium, width);
                chromium.findElement(By.id("code")).sendKeys(sentCode(before), Keys.ENTER);
                new WebDriverWait(chromium, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:8500/"));

                // Signed in already: asking acr_values=sms adds the code sent to the mobile just certified.
                open(chromium, "&acr_values=sms");
                Chromium.assertTitle(chromium, "Code de sécurité par SMS");
                Chromium.screenshot(chromium, "sms-step-up-" + width);
                assertFits(chromium, width);
            } finally {
                chromium.quit();
            }
        }
    }

    private void signIn(WebDriver chromium, String email, String extraParameters) {
        open(chromium, extraParameters);
        chromium.findElement(By.id("username")).sendKeys(email);
        chromium.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
    }

    private void open(WebDriver chromium, String extraParameters) {
        chromium.get(realm.getBaseUrl() + "/protocol/openid-connect/auth?client_id=" + CibtpRealm.ENTREPRISE
                + "&response_type=code&scope=openid&ui_locales=fr&code_challenge_method=S256"
                + "&code_challenge=" + PkceGenerator.s256().getCodeChallenge()
                + "&redirect_uri=" + URLEncoder.encode("http://127.0.0.1:8500/callback/oauth", StandardCharsets.UTF_8) + extraParameters);
    }

    private String sentCode(int index) {
        Matcher code = Pattern.compile("est (\\d{6})\\.").matcher(operator.received().get(index).body());
        assertTrue(code.find());
        return code.group(1);
    }

    private static void assertFits(WebDriver chromium, int width) {
        assertEquals((long) width, ((JavascriptExecutor) chromium).executeScript("return window.innerWidth;"));
        long overflow = (Long) ((JavascriptExecutor) chromium).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "the page scrolls sideways by " + overflow + " px at " + width + " px");
    }
}
