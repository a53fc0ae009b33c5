package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.pageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.SiteChoicePage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.Words;
import fr.cibtp.espace.it.support.Measurements;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.RegistryOnServer;
import fr.cibtp.espace.it.support.Sites;
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
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/** "Choix de l'adhérent et du site déclarant" at sign-in, "Changer de tiers", and the site in the token. */
@KeycloakIntegrationTest
class SiteChoiceTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    private RegistryApi api;
    private String backOffice;
    private PkceGenerator pkce;

    @BeforeEach
    void aFreshBrowser() {
        api = new RegistryApi(realm);
        backOffice = api.serviceAccountToken("back-office-sites", true);
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @Test
    void aThreeSiteUserPicksOneAndTheTokenNamesItThenSwitchesWithoutPassword() {
        String email = CibtpRealm.uniqueEmail("trois-sites");
        String userId = CibtpRealm.createUser(realm, email, PASSWORD, false);
        List<String> sites = Sites.linked(api, runOnServer, backOffice, userId, "MAÇONNERIE DU RHIN", 3);

        SiteChoicePage chooser = signIn(email);
        assertEquals("Choix de l'adhérent et du site déclarant", chooser.title());
        assertEquals(List.of("Raison sociale", "SIRET", "Nom du site déclarant", "Identifiant", "Alertes DSN"), chooser.headings());
        assertEquals(3, chooser.rows());
        assertEquals("Veuillez sélectionner une ligne dans la liste ci-dessous puis cliquer sur le bouton Valider", chooser.instruction());
        SiteChoicePage.DsnAlerts alerts = chooser.firstDsnAlerts();
        assertEquals("⚠ 1 alerte(s) DSN", spaced(alerts.text()).replaceAll("\\s+", " ").replace("DSN Août 2022 : Une déclaration à rectifier", "").strip(),
                "the guide's ⚠ and the number of alerts");
        assertEquals("tooltip", alerts.tooltipRole());
        assertEquals("DSN Août 2022 : Une déclaration à rectifier", alerts.tooltipText().strip(),
                "the list, shown on hover or keyboard focus, and read by screen readers");
        assertEquals("0", alerts.tabindex(), "reached by keyboard");

        chooser = chooser.validateWithoutLine();
        assertEquals(Words.fr("cibtpSiteChooseOne"), chooser.message(), "Valider without a line");

        long start = System.nanoTime();
        chooser = chooser.search("chantier");
        Measurements.report("Site chooser, 3 sites: search %d ms", (System.nanoTime() - start) / 1_000_000);
        chooser.chooseBackToPortal(sites.get(1));
        AccessToken token = token();
        Map<String, Object> site = site(token);
        assertEquals(sites.get(1), site.get("identifiant"));
        Map<?, ?> cibtp = (Map<?, ?>) token.getOtherClaims().get("cibtp");
        assertEquals("administrateur", cibtp.get("role"), "the holder of the site is its Administrateur");
        assertEquals(Boolean.TRUE, cibtp.get("admin"));
        assertEquals(List.of("ouvrier", "etam", "cadre"), cibtp.get("colleges"));
        assertEquals("*", cibtp.get("droits"), "every feature of the catalogue at its highest mode (docs/cibtp-claim.md)");
        Measurements.report("Access token with full rights: %d bytes", lastAccessToken.length());
        assertEquals("CHANTIER 1", site.get("nom"));
        assertEquals("MAÇONNERIE DU RHIN", site.get("raison_sociale"));

        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).kcAction("cibtp-switch-site").uiLocales("fr").open();
        chooser = CibtpPage.on(driver, SiteChoicePage.class);
        assertEquals("Choix de l'adhérent et du site déclarant", chooser.title(), "no password asked");
        chooser.chooseBackToPortal(sites.get(2));
        assertEquals(sites.get(2), site(token()).get("identifiant"));
    }

    @Test
    void theChosenSiteIsKeptAtTheNextSignInOfTheBrowserUntilTheUserAsksToChooseAgain() {
        String email = CibtpRealm.uniqueEmail("sso-sites");
        String userId = CibtpRealm.createUser(realm, email, PASSWORD, false);
        List<String> sites = Sites.linked(api, runOnServer, backOffice, userId, "CHARPENTES DE SAVOIE", 3);
        signIn(email).chooseBackToPortal(sites.get(2));
        assertEquals(sites.get(2), site(token()).get("identifiant"));

        // Another portal of the same space, or the same one again: signed in already, the browser is not asked twice.
        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        assertEquals(sites.get(2), site(token()).get("identifiant"), "the site chosen at sign-in, without the chooser");

        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).prompt("select_account").uiLocales("fr").open();
        SiteChoicePage chooser = CibtpPage.on(driver, SiteChoicePage.class);
        assertEquals("Choix de l'adhérent et du site déclarant", chooser.title(), "prompt=select_account asks again");
        chooser.chooseBackToPortal(sites.get(0));
        AccessToken holder = token();
        assertEquals(sites.get(0), site(holder).get("identifiant"));
        assertEquals("administrateur", cibtp(holder).get("role"));
        assertEquals("CHANTIER 0", refreshedSite().get("nom"), "kept in the session, the same at a refresh");

        // The registry renames the site: the next refresh, on any node, names it anew.
        api.importNdjson(backOffice, "{\"type\":\"site\",\"identifiant\":\"" + sites.get(0) + "\",\"numero_adherent\":\""
                + site(holder).get("numero_adherent") + "\",\"siret\":\"" + site(holder).get("siret")
                + "\",\"nom\":\"CHANTIER 0 - QUAI DE LA GARE\"}");
        assertEquals("CHANTIER 0 - QUAI DE LA GARE", refreshedSite().get("nom"));

        runOnServer.run(RegistryOnServer.unlink(userId, sites.get(0)));
        var refreshed = oauth.refreshRequest(lastRefreshToken).send();
        assertNotNull(refreshed.getAccessToken(), refreshed.getErrorDescription());
        Map<String, Object> after = cibtp(oauth.verifyToken(refreshed.getAccessToken()));
        assertEquals(sites.get(0), ((Map<?, ?>) after.get("site")).get("identifiant"));
        assertNull(after.get("role"), "no longer its holder, no right at the next refresh: " + after);
        assertNull(after.get("droits"), after.toString());
        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        assertEquals("Choix de l'adhérent et du site déclarant", CibtpPage.on(driver, SiteChoicePage.class).title(),
                "a site the account no longer reaches is not kept");
    }

    @Test
    void oneSiteIsChosenSilentlyAndNoSiteSaysWhatToDo() {
        String email = CibtpRealm.uniqueEmail("un-site");
        String userId = CibtpRealm.createUser(realm, email, PASSWORD, false);
        List<String> sites = Sites.linked(api, runOnServer, backOffice, userId, "PLÂTRERIE LORRAINE", 1);
        logIn(email);
        assertEquals(sites.get(0), site(token()).get("identifiant"));
        Measurements.report("Token refresh (mapper included), 1 site: median %d ms", refreshMillis());

        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        String without = CibtpRealm.uniqueEmail("sans-site");
        CibtpRealm.createUser(realm, without, PASSWORD, false);
        logIn(without);
        assertTrue(pageText(driver).contains("Aucun site déclarant n'est associé à votre compte."), pageText(driver));
        assertTrue(driver.getCurrentUrl().startsWith(realm.getBaseUrl()), "no token");
    }

    @Test
    void tenThousandSitesAreSearchedAndPagedAsQuicklyAsThree() {
        String email = CibtpRealm.uniqueEmail("cabinet-10000");
        String userId = CibtpRealm.createUser(realm, email, PASSWORD, false);
        List<String> sites = Sites.linked(api, runOnServer, backOffice, userId, "GROUPE BÂTISSEURS", 10_000);
        SiteChoicePage chooser = signIn(email);
        assertEquals("10 000 site(s) déclarant(s)", spaced(chooser.siteCount()), "a French thousands space");
        assertEquals("Page 1 sur 1000", chooser.pageNumber());
        assertEquals(List.of("CHANTIER 0", "CHANTIER 1", "CHANTIER 2", "CHANTIER 3", "CHANTIER 4", "CHANTIER 5", "CHANTIER 6",
                "CHANTIER 7", "CHANTIER 8", "CHANTIER 9"), chooser.siteNames(), "the natural order, not CHANTIER 0, 1, 10, 100, 1000");
        // Links made before the natural order had no key: they get it once, at the next start.
        runOnServer.run(RegistryOnServer.withoutSortKeys(userId));
        runOnServer.run(RegistryOnServer.backfillSortKeys());
        chooser = chooser.search("CHANTIER");
        assertEquals("CHANTIER 9", chooser.siteNames().get(9), "keyed again");

        long[] nanos = new long[10];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            chooser = chooser.nextPage();
            nanos[i] = System.nanoTime() - start;
        }
        assertEquals("Page 11 sur 1000", chooser.pageNumber());

        long searchStart = System.nanoTime();
        chooser = chooser.search(sites.get(4321));
        long searchNanos = System.nanoTime() - searchStart;
        assertEquals(1, chooser.rows());
        chooser = chooser.search("CHANTIER 999");
        assertEquals("11 site(s) déclarant(s)", chooser.siteCount(), "999 and 9990 to 9999");
        chooser = chooser.search("<b>x</b>" + "9".repeat(5000));
        assertEquals(Words.fr("cibtpSiteSearchTooLong", 100), chooser.message());
        assertFalse(chooser.showsBold());

        java.util.Arrays.sort(nanos);
        Measurements.report("Site chooser, 10,000 sites: next page median %d ms (min %d, max %d); search by identifiant %d ms",
                nanos[5] / 1_000_000, nanos[0] / 1_000_000, nanos[9] / 1_000_000, searchNanos / 1_000_000);

        chooser.search(sites.get(4321).replace("-", "")).chooseBackToPortal(sites.get(4321));
        assertEquals(sites.get(4321), site(token()).get("identifiant"));
        Measurements.report("Token refresh (mapper included), 10,000 sites: median %d ms", refreshMillis());
    }

    @Test
    void aSiteTheAccountDoesNotHoldIsRefused() {
        String email = CibtpRealm.uniqueEmail("intrus");
        String userId = CibtpRealm.createUser(realm, email, PASSWORD, false);
        Sites.linked(api, runOnServer, backOffice, userId, "TOITURES D'ALSACE", 2);
        List<String> other = Sites.linked(api, runOnServer, backOffice, CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("autre"), PASSWORD, false),
                "AUTRE ENTREPRISE", 1);
        SiteChoicePage chooser = signIn(email).chooseForged(other.get(0));
        assertEquals(Words.fr("cibtpSiteUnknown"), chooser.message());
        assertEquals("Choix de l'adhérent et du site déclarant", chooser.title());
    }

    private static String spaced(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** Signs in an account of several sites: the chooser. */
    private SiteChoicePage signIn(String email) {
        logIn(email);
        return CibtpPage.on(driver, SiteChoicePage.class);
    }

    /** Signs in to the entreprise portal, wherever that leads. */
    private void logIn(String email) {
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        oauth.fillLoginForm(email, PASSWORD);
    }

    private String lastAccessToken;
    private String lastRefreshToken;

    private AccessToken token() {
        AuthorizationEndpointResponse response = oauth.parseLoginResponse();
        var tokens = oauth.accessTokenRequest(response.getCode()).codeVerifier(pkce).send();
        lastAccessToken = tokens.getAccessToken();
        lastRefreshToken = tokens.getRefreshToken();
        return oauth.verifyToken(lastAccessToken);
    }

    /** Median time of a token refresh, where the mapper runs, over 21 refreshes. */
    private long refreshMillis() {
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            var refreshed = oauth.refreshRequest(lastRefreshToken).send();
            nanos[i] = System.nanoTime() - start;
            assertNotNull(refreshed.getAccessToken(), refreshed.getErrorDescription());
            lastRefreshToken = refreshed.getRefreshToken();
        }
        java.util.Arrays.sort(nanos);
        return nanos[10] / 1_000_000;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> refreshedSite() {
        var refreshed = oauth.refreshRequest(lastRefreshToken).send();
        assertNotNull(refreshed.getAccessToken(), refreshed.getErrorDescription());
        lastRefreshToken = refreshed.getRefreshToken();
        Map<String, Object> cibtp = cibtp(oauth.verifyToken(refreshed.getAccessToken()));
        assertEquals("administrateur", cibtp.get("role"), cibtp.toString());
        return (Map<String, Object>) cibtp.get("site");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> site(AccessToken token) {
        return (Map<String, Object>) cibtp(token).get("site");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cibtp(AccessToken token) {
        Map<String, Object> cibtp = (Map<String, Object>) token.getOtherClaims().get("cibtp");
        assertEquals("entreprise", cibtp.get("espace"));
        return cibtp;
    }
}
