package fr.cibtp.espace.bench;

import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.logging.Logger;

/**
 * Lays out the benchmark's data on a fresh realm: the stock baseline client, the registry records through the registry
 * API, the accounts through the admin API (so their passwords are hashed as the realm hashes every password), and
 * their links to sites in the database.
 */
final class BenchData {

    private static final Logger LOG = Logger.getLogger(BenchData.class);
    static final String PASSWORD = "Chantier-Bench-2026";
    private static final String STOCK_SECRET = "bench-stock-secret";

    private final KeycloakApi api;
    private final String jdbcUrl;

    BenchData(KeycloakApi api, String jdbcUrl) {
        this.api = api;
        this.jdbcUrl = jdbcUrl;
    }

    Fixture prepare(BenchSettings settings, Recorder recorder) throws SQLException {
        long started = System.nanoTime();
        String realmId = api.get("cibtp").get("id").asText();
        createStockClient();
        String entrepriseSecret = clientSecret(Fixture.ENTREPRISE_CLIENT);

        RegistryLines registry = new RegistryLines();
        Map<AccountGroup, List<List<String>>> sites = new EnumMap<>(AccountGroup.class);
        for (AccountGroup group : AccountGroup.values()) {
            List<List<String>> perAccount = new ArrayList<>();
            // The 10,000-site accounts share one adhérent's sites, as the collaborators of one accounting firm do.
            List<String> shared = group == AccountGroup.TEN_THOUSAND_SITES ? registry.adherent(group, 0) : null;
            for (int i = 0; i < settings.users(); i++) {
                perAccount.add(group.sites == 0 ? List.of() : shared != null ? shared : registry.adherent(group, i));
            }
            sites.put(group, perAccount);
        }
        JsonNode report = api.importRegistry(HttpRequest.BodyPublishers.ofString(registry.ndjson()), Duration.ofMinutes(5));
        if (report.get("rejected_total").asLong() != 0) {
            throw new IllegalStateException("The registry refused " + report.get("rejected_total") + " of the benchmark's lines, first: "
                    + report.get("rejected").get(0));
        }

        Map<AccountGroup, List<Account>> accounts = new EnumMap<>(AccountGroup.class);
        try (AccountLinks links = new AccountLinks(jdbcUrl)) {
            for (AccountGroup group : AccountGroup.values()) {
                List<Account> pool = new ArrayList<>();
                for (int i = 0; i < settings.users(); i++) {
                    List<String> held = sites.get(group).get(i);
                    String email = "bench-" + group.name().toLowerCase().replace('_', '-') + "-" + i + "@exemple.fr";
                    String userId = createUser(email);
                    links.link(realmId, userId, held);
                    pool.add(new Account(email, PASSWORD, held, held.isEmpty() ? "" : held.get(group.choice()), group.search()));
                }
                accounts.put(group, pool);
            }
        }
        LOG.infof("Benchmark data ready in %d s: %s", Duration.ofNanos(System.nanoTime() - started).toSeconds(), report);
        return new Fixture(api.base(), settings, accounts, STOCK_SECRET, entrepriseSecret, recorder);
    }

    /**
     * The baseline: a client of the same realm signing in through Keycloak's stock "browser" flow and "keycloak.v2"
     * login theme, with no protocol mapper of ours, confidential with PKCE as the portals are.
     */
    private void createStockClient() {
        String browserFlow = null;
        for (JsonNode flow : api.get("cibtp/authentication/flows")) {
            if (flow.get("alias").asText().equals("browser")) {
                browserFlow = flow.get("id").asText();
            }
        }
        if (browserFlow == null) {
            throw new IllegalStateException("The realm has no stock browser flow");
        }
        api.post("cibtp/clients", Map.of(
                "clientId", Fixture.STOCK_CLIENT,
                "secret", STOCK_SECRET,
                "publicClient", false,
                "standardFlowEnabled", true,
                "directAccessGrantsEnabled", false,
                "redirectUris", List.of("http://localhost:3000/*"),
                "attributes", Map.of("login_theme", "keycloak.v2", "pkce.code.challenge.method", "S256"),
                "authenticationFlowBindingOverrides", Map.of("browser", browserFlow)));
    }

    private String clientSecret(String clientId) {
        String id = api.get("cibtp/clients?clientId=" + clientId).get(0).get("id").asText();
        return api.get("cibtp/clients/" + id + "/client-secret").get("value").asText();
    }

    private String createUser(String email) {
        return api.post("cibtp/users", Map.of(
                "username", email, "email", email, "emailVerified", true, "enabled", true,
                "firstName", "Marie", "lastName", "Dupont",
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
    }
}
