package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.DeleteCredentialPage;
import fr.cibtp.espace.it.pages.MyAccountPage;
import fr.cibtp.espace.it.pages.PasskeyRegistrationPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.SiteChoicePage;
import fr.cibtp.espace.it.pages.SmsCodePage;
import fr.cibtp.espace.it.support.Accessibility;
import fr.cibtp.espace.it.support.Chromium;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.Mails;
import fr.cibtp.espace.it.support.MobileOnServer;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;
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
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.openqa.selenium.By;

/**
 * Passkeys in Debian's Chromium with a virtual authenticator (the device): added in "Mon compte" after the SMS
 * step-up, named, the account told by email; then a sign-in with the passkey alone through the site chooser, the bank details' step-up passed
 * by the passkey (same acr, amr saying so), and the passkey removed, leaving the password and the SMS code. An
 * account without a certified mobile adds one on its password, and its passkey passes the step-up; in a browser
 * without passkey autofill, the sign-in page's button signs in with it.
 */
@KeycloakIntegrationTest
class PasskeyInChromiumTest {

    private static final String PASSWORD = "Coffrage-Nancy-54";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @InjectMailServer
    MailServer mail;

    private ManagedWebDriver browser;
    private String device;

    @BeforeEach
    void aBrowserWithAPasskeyDevice() {
        CibtpRealm.useSmsStandIn(realm, operator);
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        browser = new ManagedWebDriver(Chromium.phone(1280, 900));
        device = Chromium.passkeyDevice(browser.driver());
    }

    @AfterEach
    void closeTheBrowser() {
        browser.driver().quit();
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void addedAfterTheSmsStepUpItSignsInStepsUpAndIsRemoved() throws IOException {
        String email = CibtpRealm.uniqueEmail("passkey");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        RegistryApi registry = new RegistryApi(realm);
        List<String> sites = Sites.linked(registry, runOnServer, registry.serviceAccountToken("back-office-tests", true), userId,
                "CHARPENTES DE LORRAINE", 2);
        runOnServer.run(MobileOnServer.certify(userId, "+3361" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000))));

        // "Mon compte": no passkey yet; adding one asks the SMS code first.
        browser.open(realm.getBaseUrl() + "/cibtp-compte/mon-compte");
        SiteChoicePage chooser = CibtpPage.on(browser, SignInPage.class).signIn(email, PASSWORD, SiteChoicePage.class);
        MyAccountPage account = chooser.choose(sites.get(0), MyAccountPage.class);
        assertEquals(List.of(), account.passkeys());
        SmsCodePage stepUp = account.addPasskey(SmsCodePage.class);
        assertFalse(stepUp.offersPasskey(), "no passkey yet: the SMS code only");
        int sent = operator.received().size();
        PasskeyRegistrationPage registration = stepUp.receiveCode().enterCode(sentCode(sent), PasskeyRegistrationPage.class);
        assertEquals("Ajouter une clé d'accès", registration.title());
        assertEquals("Clé d'accès", registration.proposedName());
        Chromium.screenshot(browser.driver(), "passkey-1-ajout-1280");
        assertEquals(List.of(), Accessibility.violations(browser.driver()), "axe on the passkey's page");

        account = registration.create("  Téléphone   de chantier ", MyAccountPage.class);
        assertEquals("Votre clé d'accès est ajoutée : vous pourrez l'utiliser à votre prochaine connexion.", account.message());
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
        assertEquals(List.of("Téléphone de chantier\najoutée le " + today), account.passkeys());
        assertEquals(1, Chromium.passkeysOn(browser.driver(), device), "the device keeps the passkey");
        String notice = Mails.lastHtmlTo(mail, email);
        assertTrue(notice.contains("Téléphone de chantier") && notice.contains("a été ajoutée le " + today), notice);
        Chromium.wholePage(browser.driver(), "passkey-2-mon-compte-1280");

        // Signed out: the device offers the passkey in the address field (autofill), which the virtual device answers
        // at once; the passkey alone signs in, through the site chooser.
        signOut();
        PkceGenerator pkce = PkceGenerator.s256();
        openPortal(pkce, "");
        int sms = operator.received().size();
        String back = CibtpPage.on(browser, SiteChoicePage.class).chooseFirst();
        AccessTokenResponse tokens = tokens(back, pkce);
        assertEquals("mot-de-passe", oauth.verifyToken(tokens.getAccessToken()).getAcr());
        assertEquals(List.of("hwk"), amr(oauth.verifyIDToken(tokens.getIdToken())));

        // The bank details' step-up: the passkey, no SMS sent; the portal reads the same acr, amr says which factor.
        pkce = PkceGenerator.s256();
        openPortal(pkce, "&acr_values=sms");
        stepUp = CibtpPage.on(browser, SmsCodePage.class);
        assertTrue(stepUp.offersPasskey());
        assertEquals("Confirmer qu'il s'agit bien de vous", stepUp.title());
        Chromium.screenshot(browser.driver(), "passkey-4-confirmation-1280");
        AccessToken stepped = oauth.verifyToken(tokens(stepUp.usePasskeyBackToPortal(), pkce).getAccessToken());
        assertEquals("sms", stepped.getAcr());
        assertEquals(List.of("hwk"), amr(stepped));
        assertEquals(sms, operator.received().size(), "the passkey stood in for the SMS code");

        // Signed out, a portal asking the step-up at once: the passkey that signs in stands for the step-up too.
        signOut();
        pkce = PkceGenerator.s256();
        openPortal(pkce, "&acr_values=sms");
        AccessToken atOnce = oauth.verifyToken(tokens(CibtpPage.on(browser, SiteChoicePage.class).chooseFirst(), pkce).getAccessToken());
        assertEquals("sms", atOnce.getAcr());
        assertEquals(List.of("hwk"), amr(atOnce));
        assertEquals(sms, operator.received().size());

        // Removed: the SMS code and the password remain.
        browser.open(realm.getBaseUrl() + "/cibtp-compte/mon-compte");
        DeleteCredentialPage removal = CibtpPage.on(browser, MyAccountPage.class).removeFirstPasskey();
        assertEquals("Voulez-vous supprimer la clé d'accès « Téléphone de chantier » ?", removal.question());
        Chromium.screenshot(browser.driver(), "passkey-6-suppression-1280");
        account = removal.confirm(MyAccountPage.class);
        assertEquals("La clé d'accès est supprimée.", account.message());
        assertEquals(List.of(), account.passkeys());
        pkce = PkceGenerator.s256();
        openPortal(pkce, "&acr_values=sms");
        stepUp = CibtpPage.on(browser, SmsCodePage.class);
        assertFalse(stepUp.offersPasskey(), "a removed passkey no longer steps up");
        assertEquals("Code de sécurité par SMS", stepUp.title());
    }

    @Test
    void withoutAutofillTheButtonSignsInAndWithoutAMobileThePasskeyStepsUp() throws IOException {
        Chromium.withoutPasskeyAutofill(browser.driver());
        String email = CibtpRealm.uniqueEmail("passkey-sans-mobile");
        CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);

        // Nothing to step up with: the password just typed is the proof.
        browser.open(realm.getBaseUrl() + "/cibtp-compte/mon-compte");
        MyAccountPage account = CibtpPage.on(browser, SignInPage.class).signIn(email, PASSWORD, MyAccountPage.class);
        PasskeyRegistrationPage registration = account.addPasskey(PasskeyRegistrationPage.class);
        Chromium.resize(browser.driver(), 360, 800);
        Chromium.screenshot(browser.driver(), "passkey-1-ajout-360");
        assertTrue(registration.sidewaysOverflow() <= 0, "no sideways scroll at 360 px");
        assertEquals(List.of(), registration.splitButtons(), "each button on one line");
        account = registration.create("Ordinateur du bureau", MyAccountPage.class);
        assertEquals(1, account.passkeys().size());

        // The password, then the step-up by the passkey: no certified mobile needed.
        signOut();
        PkceGenerator pkce = PkceGenerator.s256();
        openPortal(pkce, "&acr_values=sms");
        SignInPage signIn = CibtpPage.on(browser, SignInPage.class);
        assertEquals("username webauthn", signIn.usernameAutocomplete(), "the address field offers the device's passkeys where it can");
        Chromium.screenshot(browser.driver(), "passkey-3-connexion-1280");
        SmsCodePage stepUp = signIn.signIn(email, PASSWORD, SmsCodePage.class);
        assertTrue(stepUp.offersPasskey());
        assertTrue(browser.findElement(By.id("cibtp-lost-passkey")).getText().contains("Certifier un téléphone mobile"),
                "without the passkey, the way to a code by SMS is said");
        Chromium.resize(browser.driver(), 360, 800);
        Chromium.screenshot(browser.driver(), "passkey-5-confirmation-sans-mobile-360");
        assertTrue(stepUp.sidewaysOverflow() <= 0, "no sideways scroll at 360 px");
        assertEquals(List.of(), Accessibility.violations(browser.driver()), "axe on the step-up with a passkey");
        AccessToken stepped = oauth.verifyToken(tokens(stepUp.usePasskeyBackToPortal(), pkce).getAccessToken());
        assertEquals("sms", stepped.getAcr());
        assertEquals(List.of("pwd", "hwk"), amr(stepped));

        // Signed out: "Se connecter avec une clé d'accès" signs in (one site: no chooser).
        signOut();
        pkce = PkceGenerator.s256();
        openPortal(pkce, "");
        String back = CibtpPage.on(browser, SignInPage.class).signInWithPasskeyBackToPortal();
        assertEquals(List.of("hwk"), amr(oauth.verifyToken(tokens(back, pkce).getAccessToken())));
    }

    /** Forgets the browser's sign-in: every cookie of every address. */
    private void signOut() {
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    private void openPortal(PkceGenerator pkce, String extraParameters) {
        browser.open(realm.getBaseUrl() + "/protocol/openid-connect/auth?client_id=" + CibtpRealm.ENTREPRISE
                + "&response_type=code&scope=openid&ui_locales=fr&code_challenge_method=S256"
                + "&code_challenge=" + pkce.getCodeChallenge()
                + "&redirect_uri=" + URLEncoder.encode(CibtpPage.REDIRECT_URI, StandardCharsets.UTF_8) + extraParameters);
    }

    /** The portal's tokens for the code in {@code back}, the address the browser was sent back to. */
    private AccessTokenResponse tokens(String back, PkceGenerator pkce) {
        String code = null;
        for (String pair : URI.create(back).getRawQuery().split("&")) {
            if (pair.startsWith("code=")) {
                code = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        assertTrue(code != null, back);
        AccessTokenResponse tokens = oauth.accessTokenRequest(code).codeVerifier(pkce).send();
        assertTrue(tokens.isSuccess(), tokens.getErrorDescription());
        return tokens;
    }

    @SuppressWarnings("unchecked")
    private static List<String> amr(IDToken token) {
        return (List<String>) token.getOtherClaims().get("amr");
    }

    private String sentCode(int index) {
        Matcher code = Pattern.compile("est (\\d{6})\\.").matcher(operator.received().get(index).body());
        assertTrue(code.find());
        return code.group(1);
    }
}
