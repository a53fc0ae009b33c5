package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.SiteChoicePage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.Measurements;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.RegistryOnServer;
import fr.cibtp.espace.it.support.Sites;
import fr.cibtp.espace.it.support.SqlStatistics;
import fr.cibtp.espace.registry.PrecompteKind;
import org.junit.jupiter.api.Test;
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
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/**
 * A token costs the same whatever the number of sites the account holds: the claim reads the chosen site only, in
 * both spaces. Compared by what the database is asked (the same statements, the same rows loaded); timings reported.
 */
@KeycloakIntegrationTest
class TokenIssuanceCostTest {

    private static final String PASSWORD = "Chantier-Metz-2026";
    private static final int REFRESHES = 21;
    private static final int TIMED = 101;
    private static final int NOISE = 10;

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @Test
    void aTokenForTenThousandSitesAsksTheDatabaseWhatATokenForOneSiteAsks() {
        RegistryApi api = new RegistryApi(realm);
        String backOffice = api.serviceAccountToken("back-office-cout-jeton", true);
        String one = account(api, backOffice, 1);
        String many = account(api, backOffice, 10_000);

        for (String client : List.of(CibtpRealm.ENTREPRISE, CibtpRealm.SALARIE)) {
            String oneRefresh = signIn(client, one);
            String manyRefresh = signIn(client, many);
            oauth.client(client, CibtpRealm.clientSecret(realm, client));
            SqlStatistics.Counts oneCounts = counted(oneRefresh);
            SqlStatistics.Counts manyCounts = counted(manyRefresh);
            Measurements.report("Token refresh on %s, %d refreshes: 1 site %s, 10,000 sites %s", client, REFRESHES, oneCounts, manyCounts);

            // Interleaved, each first in turn, so that the machine's other work weighs on both alike.
            long[] oneNanos = new long[TIMED];
            long[] manyNanos = new long[TIMED];
            for (int i = 0; i < TIMED; i++) {
                if (i % 2 == 0) {
                    oneNanos[i] = timedRefresh(oneRefresh);
                    manyNanos[i] = timedRefresh(manyRefresh);
                } else {
                    manyNanos[i] = timedRefresh(manyRefresh);
                    oneNanos[i] = timedRefresh(oneRefresh);
                }
            }
            Measurements.report("Token refresh on %s (mapper included), median of %d: 1 site %.1f ms, 10,000 sites %.1f ms", client,
                    TIMED, median(oneNanos), median(manyNanos));
            // The counts are the whole server's: a background task may add a few statements to either side.
            assertTrue(manyCounts.statements() <= oneCounts.statements() + NOISE, client + ": SQL statements");
            assertTrue(manyCounts.entities() <= oneCounts.entities() + NOISE, client + ": rows loaded as entities");
            assertTrue(manyCounts.collections() <= oneCounts.collections() + NOISE, client + ": collections loaded");
        }
    }

    /** An account holding {@code sites} sites of one adhérent, which is also a salarié; returns its email. */
    private String account(RegistryApi api, String backOffice, int sites) {
        String email = CibtpRealm.uniqueEmail("cout-" + sites);
        String userId = CibtpRealm.createUser(realm, email, PASSWORD, false);
        Sites.linked(api, runOnServer, backOffice, userId, "GROUPE BÂTISSEURS", sites);
        runOnServer.run(RegistryOnServer.link(userId, PrecompteKind.SALARIE, Letters.salarie(api, backOffice).identifiant()));
        return email;
    }

    /** Signs in afresh (choosing the first site when asked) and returns the refresh token. */
    private String signIn(String client, String email) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        oauth.client(client, CibtpRealm.clientSecret(realm, client));
        PkceGenerator pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        oauth.fillLoginForm(email, PASSWORD);
        if (CibtpPage.shows(driver, SiteChoicePage.class)) {
            CibtpPage.on(driver, SiteChoicePage.class).chooseFirst();
        }
        AccessTokenResponse tokens = oauth.accessTokenRequest(oauth.parseLoginResponse().getCode()).codeVerifier(pkce).send();
        assertNotNull(tokens.getAccessToken(), tokens.getErrorDescription());
        Map<?, ?> cibtp = (Map<?, ?>) oauth.verifyToken(tokens.getAccessToken()).getOtherClaims().get("cibtp");
        assertNotNull(cibtp.get(CibtpRealm.SALARIE.equals(client) ? "salarie" : "site"), cibtp.toString());
        return tokens.getRefreshToken();
    }

    private SqlStatistics.Counts counted(String refreshToken) {
        timedRefresh(refreshToken);
        runOnServer.run(SqlStatistics.start());
        for (int i = 0; i < REFRESHES; i++) {
            timedRefresh(refreshToken);
        }
        return runOnServer.fetch(SqlStatistics.stop(), SqlStatistics.Counts.class);
    }

    private long timedRefresh(String refreshToken) {
        long start = System.nanoTime();
        AccessTokenResponse refreshed = oauth.refreshRequest(refreshToken).send();
        long nanos = System.nanoTime() - start;
        assertNotNull(refreshed.getAccessToken(), refreshed.getErrorDescription());
        return nanos;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000.0;
    }
}
