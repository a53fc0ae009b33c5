package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import fr.cibtp.espace.dev.DemoPortal;
import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.PortalBankDetailsPage;
import fr.cibtp.espace.it.pages.PortalGoodbyePage;
import fr.cibtp.espace.it.pages.PortalHomePage;
import fr.cibtp.espace.it.pages.PortalNoRightPage;
import fr.cibtp.espace.it.pages.PortalWelcomePage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.SiteChoicePage;
import fr.cibtp.espace.it.pages.SmsCodePage;
import fr.cibtp.espace.it.support.Chromium;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.DelegationsOnServer;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.MobileOnServer;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Sites;
import fr.cibtp.espace.it.support.SmsCodes;
import fr.cibtp.espace.time.CaisseClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo portal of portal/ (Node.js, openid-client) against the test's Keycloak, in headless Chromium at 1280 px,
 * each page also laid out at 360 px: sign-in and site choice, the cibtp claim in French, the delegation API called by
 * the browser, "Changer de tiers", the SMS step-up before new bank details, a refresh carrying narrowed rights, and a
 * sign-out that ends Keycloak's session; the salarié space's own client. Screenshots in target/screenshots/portail.
 */
@KeycloakIntegrationTest
class PortalDemoInChromiumTest {

    private static final String PASSWORD = "Chantier-Metz-2026";
    private static ManagedWebDriver browser;
    private static DemoPortal portal;

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @BeforeAll
    static void startChromium() {
        browser = new ManagedWebDriver(Chromium.phone(1280, 800));
    }

    @BeforeEach
    void startPortal() throws Exception {
        if (portal == null) {
            String keycloak = realm.getBaseUrl().replaceFirst("/realms/.*$", "");
            portal = DemoPortal.start(Path.of("..", "portal").toAbsolutePath().normalize(), keycloak,
                    CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE), CibtpRealm.clientSecret(realm, CibtpRealm.SALARIE));
        }
        CibtpRealm.useSmsStandIn(realm, operator);
        // Each test signs in afresh: no cookie of Keycloak or of the portal.
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.driver().quit();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aSiteHolderReadsTheClaimStepsUpToSmsForBankDetailsAndSignsOut() throws IOException {
        String email = CibtpRealm.uniqueEmail("portail");
        String userId = CibtpRealm.createUser(realm, email, PASSWORD, false);
        RegistryApi registry = new RegistryApi(realm);
        List<String> sites = Sites.linked(registry, runOnServer, registry.serviceAccountToken("back-office-portail", true), userId,
                "BÂTIR DU GRAND EST", 2);
        String mobile = "+3361" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        runOnServer.run(MobileOnServer.certify(userId, mobile));

        PortalWelcomePage welcome = openPortal();
        screenshots(welcome, "1-bienvenue");
        String before = browser.driver().manage().getCookieNamed("portail_entreprise").getValue();
        PortalHomePage home = welcome.signIn().signIn(email, PASSWORD, SiteChoicePage.class).choose(sites.get(0), PortalHomePage.class);
        assertNotEquals(before, browser.driver().manage().getCookieNamed("portail_entreprise").getValue(),
                "the portal's session id changes at sign-in");

        assertEquals("Qui est connecté ?", home.title());
        assertEquals(sites.get(0), home.value("site.identifiant"));
        assertEquals("CHANTIER 0", home.value("site.nom"));
        assertEquals("BÂTIR DU GRAND EST", home.value("site.raison_sociale"));
        assertEquals("Raison sociale de l'adhérent", home.meaning("site.raison_sociale"));
        assertEquals("administrateur", home.value("role"));
        assertEquals("oui", home.value("admin"));
        assertEquals("Ouvrier, ETAM, Cadre", home.value("colleges"));
        assertRight(home, "comptes-bancaires", "Mes comptes bancaires", "Mise à jour");
        assertRight(home, "situation-compte", "Situation de compte", "Consultation");
        assertEquals("mot-de-passe", home.value("acr"));
        assertEquals(mobile, home.value("phone_number"));
        assertEquals("Téléphone mobile certifié", home.meaning("phone_number"));

        String answer = home.callDelegationApi();
        assertTrue(answer.startsWith("Réponse 200"), answer);
        assertTrue(answer.contains("CHANTIER 1 (identifiant " + sites.get(1)), "the browser read the caller's sites: " + answer);
        screenshots(home, "2-qui-est-connecte");

        SiteChoicePage chooser = home.switchSite();
        screenshots(chooser, "3-changer-de-tiers");
        home = chooser.choose(sites.get(1), PortalHomePage.class);
        assertEquals("CHANTIER 1", home.value("site.nom"), "Changer de tiers: the new tokens name the other site");

        int sent = operator.received().size();
        SmsCodePage sms = home.bankDetails(SmsCodePage.class);
        assertEquals(sent, operator.received().size(), "the step-up page sends nothing by itself");
        sms = sms.receiveCode();
        assertEquals(sent + 1, operator.received().size(), "its button sent a code to the certified mobile");
        PortalBankDetailsPage bank = sms.enterCode(SmsCodes.last(operator), PortalBankDetailsPage.class);
        assertTrue(bank.level().contains("acr = sms"), bank.level());
        screenshots(bank, "4-coordonnees-bancaires");
        bank = bank.submit("BÂTIR DU GRAND EST", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP");
        assertTrue(bank.saved().contains("0189"), bank.saved());
        home = bank.home();
        assertEquals("sms", home.value("acr"), "the tokens of the step-up stay in the portal's session");

        assertFalse(realm.admin().users().get(userId).getUserSessions().isEmpty());
        PortalGoodbyePage goodbye = home.signOut();
        assertTrue(realm.admin().users().get(userId).getUserSessions().isEmpty(), "RP-initiated logout ended Keycloak's session");
        screenshots(goodbye, "5-deconnecte");
        SignInPage signIn = goodbye.signInAgain();
        assertEquals("Connexion à votre espace CIBTP", signIn.title(), "signing in again asks for the password");
    }

    @Test
    void aRefreshShowsADelegationNarrowedSinceTheSignIn() throws IOException {
        RegistryApi registry = new RegistryApi(realm);
        String holder = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("portail-titulaire"), PASSWORD, false);
        String site = Sites.linked(registry, runOnServer, registry.serviceAccountToken("back-office-portail", true), holder,
                "MAÇONNERIE DU PAYS MESSIN", 1).get(0);
        String email = CibtpRealm.uniqueEmail("portail-delegue");
        String delegate = CibtpRealm.createUser(realm, email, PASSWORD, false);
        String delegation = runOnServer.fetch(DelegationsOnServer.add(Map.of("site", site, "granteeId", delegate, "grantorId", holder,
                "admin", "false", "colleges", "ouvrier,etam", "modes", "comptes-bancaires=mise_a_jour,planning=consultation",
                "effet", CaisseClock.today().minusDays(1).toString())), String.class);

        PortalHomePage home = openPortal().signIn().signIn(email, PASSWORD, PortalHomePage.class);
        assertEquals("utilisateur", home.value("role"));
        assertEquals("Ouvrier, ETAM", home.value("colleges"));
        assertRight(home, "planning", "Mon planning", "Consultation");

        assertTrue(runOnServer.fetch(DelegationsOnServer.changeRights(delegation, "comptes-bancaires=consultation"), Boolean.class));
        home = home.refreshToken();
        assertTrue(home.notice().contains("Mes comptes bancaires : Mise à jour → Consultation"), home.notice());
        assertTrue(home.notice().contains("Mon planning : Consultation → Aucun droit"), home.notice());
        assertNull(home.right("planning"));
        assertRight(home, "comptes-bancaires", "Mes comptes bancaires", "Consultation");
        screenshots(home, "6-jeton-rafraichi");

        PortalNoRightPage refused = home.bankDetails(PortalNoRightPage.class);
        assertTrue(refused.reason().contains("« Mes comptes bancaires »"), refused.reason());
        screenshots(refused, "7-sans-droit");
        refused.signOut();
    }

    @Test
    void theSalarieSpaceSignsInAsEspaceSalarie() throws IOException {
        browser.open(DemoPortal.SALARIE_URL);
        PortalWelcomePage welcome = CibtpPage.on(browser, PortalWelcomePage.class);
        screenshots(welcome, "8-bienvenue-salarie");
        welcome.signIn();
        assertTrue(browser.getCurrentUrl().contains("client_id=espace-salarie"), browser.getCurrentUrl());
    }

    private PortalWelcomePage openPortal() {
        browser.open(DemoPortal.ENTREPRISE_URL);
        return CibtpPage.on(browser, PortalWelcomePage.class);
    }

    private static void assertRight(PortalHomePage home, String feature, String label, String mode) {
        String line = home.right(feature);
        assertTrue(line != null && line.contains(label) && line.contains(mode), feature + ": " + line);
    }

    /** The whole page at 1280 px, then laid out at 360 px (no sideways scroll there), then back to 1280 px. */
    private static void screenshots(CibtpPage page, String name) throws IOException {
        Chromium.wholePage(browser.driver(), "portail/" + name + "-1280");
        Chromium.resize(browser.driver(), 360, 800);
        try {
            long overflow = page.sidewaysOverflow();
            assertTrue(overflow <= 0, name + " scrolls sideways by " + overflow + " px at 360 px");
            Chromium.wholePage(browser.driver(), "portail/" + name + "-360");
        } finally {
            Chromium.resize(browser.driver(), 1280, 800);
        }
    }
}
