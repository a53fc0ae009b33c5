package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.time.CaisseClock;
import org.junit.jupiter.api.Test;

/**
 * A caisse's upgrade as the guide tells it: the previous release (its artifact, built from its commit) on PostgreSQL
 * with accounts, delegations, a certified mobile, a waiting code request and open sessions made through its pages and
 * APIs; stopped; this version started on the same database on two nodes at once. Then a backup of the upgraded
 * database taken with {@code pg_dump}, as the guide says, restored into an empty database.
 */
class UpgradeFromPreviousReleaseTest {

    private static final String DATABASE = "cibtp_upgrade_it";
    private static final String RESTORED = "cibtp_upgrade_restored_it";
    /** Ports apart from the two-node tests' (node a on 8580, node b on 8680). */
    private static final int SHIFT = 500;
    /** What must come through unchanged, table by table. */
    private static final List<String> KEPT = List.of(
            "select count(*) from user_entity u join realm r on r.id = u.realm_id where r.name = 'cibtp'",
            "select count(*) from credential",
            "select count(*) from user_attribute where name = 'phoneNumberVerified' and value = 'true'",
            "select count(*) from cibtp_account_link",
            "select count(*) from cibtp_delegation",
            "select count(*) from cibtp_delegation_right",
            "select count(*) from cibtp_provisional_code where used_at is not null",
            "select count(*) from cibtp_code_request");

    private static final String CAISSE_PORTAL = "https://salarie.example-caisse.fr";

    private final Path project = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyAccountSignsInWithTheSameTokensAndRightsAfterTheUpgradeAndAfterARestoredBackup() throws Exception {
        Cluster.Options options = Cluster.Options.defaults().withPortShift(SHIFT).withNodeOptions("--hostname=http://localhost:" + (8080 + SHIFT));
        Map<String, JsonNode> claims = new LinkedHashMap<>();
        Map<String, String> refreshTokens = new LinkedHashMap<>();
        String site;
        String holder = Enrollments.uniqueEmail("titulaire-certifie");
        String delegationsBefore;
        String waitingLetter;

        try (Cluster previous = Cluster.start(project, options.withNodes(1).freshDatabase(DATABASE)
                .ofRelease(PreviousRelease.unpacked(project)).inHome("release-" + PreviousRelease.VERSION))) {
            ClusterNode node = previous.node(0);
            Letters first = Enrollments.newSite(node);
            site = first.identifiant();
            JsonNode holderTokens = Accounts.enrolledWithCertifiedMobile(previous, node, first, holder, Enrollments.uniqueMobile());
            String other = Enrollments.uniqueEmail("titulaire");
            JsonNode otherTokens = Enrollments.enrolledAdministrator(previous, node, Enrollments.newSite(node), other);
            String delegate = Enrollments.uniqueEmail("delegue");
            Delegations.create(node, holderTokens.path("access_token").asText(), site, Delegations.body(delegate,
                    CaisseClock.today().plusDays(60), "{\"situation-compte\":\"consultation\",\"planning\":\"consultation\",\"informations-adherent\":\"mise_a_jour\"}"));
            Delegations.activate(previous, node, delegate);
            JsonNode delegateTokens = Delegations.signIn(node, delegate);
            waitingLetter = Enrollments.newSite(node).identifiant();
            Accounts.requestNewLetter(node, waitingLetter);

            for (Map.Entry<String, JsonNode> account : Map.of(holder, holderTokens, other, otherTokens, delegate, delegateTokens).entrySet()) {
                claims.put(account.getKey(), Portals.claim(account.getValue()));
                refreshTokens.put(account.getKey(), account.getValue().path("refresh_token").asText());
            }
            delegationsBefore = delegations(node, holder, site);
            // The caisse gave its salarié portal its own address (the guide's § 4); 1.0.0 had no Home URL.
            Apis.updateClient(node, "espace-salarie", client -> client.putArray("webOrigins").add(CAISSE_PORTAL));
            assertFalse(Apis.admin(node, "/clients?clientId=espace-salarie").get(0).path("protocolMappers").toString()
                    .contains("cibtp_notification_documents"), "the previous release had not this version's mappers");
        }
        List<Long> countsBefore = counts(DATABASE);

        Path backup;
        try (Cluster upgraded = Cluster.start(project, options.database(DATABASE).inHome("upgrade").startedTogether())) {
            ClusterNode a = upgraded.node(0);
            ClusterNode b = upgraded.node(1);
            long upgradeLines = 0;
            for (ClusterNode node : upgraded.nodes()) {
                upgradeLines += node.linesSinceStart().stream().filter(line -> line.contains("Realm cibtp upgraded to 1.1.0")).count();
                // Without the lock, the second node would apply the changes again and fail on the record's unique key.
                assertEquals(List.of(), node.linesSinceStart().stream().filter(line -> line.contains("upgrade to")
                        && line.contains("failed")).toList(), "node " + node.name() + " upgrades cleanly or finds it done");
            }
            assertEquals(1, upgradeLines, "of two nodes starting together, one upgrades the realm");
            assertEquals(1, Apis.countIn(DATABASE, "select count(*) from cibtp_realm_upgrade u join realm r on r.id = u.realm_id"
                    + " where r.name = 'cibtp' and u.version = '1.1.0'"), "the upgrade is recorded once");
            assertTrue(Apis.admin(a, "").path("attributes").path("cibtp.version").asText().startsWith("1.1.0"),
                    "caisse IT reads the version in the realm's attributes");
            new RealmAsShipped(project).check(b, Set.of("espace-salarie"));
            assertEquals(CAISSE_PORTAL + "/", Apis.admin(b, "/clients?clientId=espace-salarie").get(0).path("baseUrl").asText(),
                    "the portal's Home URL is the caisse's portal, not the file's localhost");

            checkAccounts(b, claims, refreshTokens);
            assertEquals(delegationsBefore, delegations(a, holder, site));
            assertTrue(waitingCodeRequests(a).contains(waitingLetter), "the code request still waits");
            assertEquals(countsBefore, counts(DATABASE), "nothing lost: " + KEPT);

            backup = Files.createTempFile("keycloak-", ".dump");
            pg("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-Fc", "-f", backup.toString(), DATABASE);
        }

        pg("sh", "scripts/postgres-test-database", RESTORED);
        pg("pg_restore", "-h", "127.0.0.1", "-U", "postgres", "-d", RESTORED, backup.toString());
        try (Cluster restored = Cluster.start(project, options.withNodes(1).database(RESTORED).inHome("upgrade"))) {
            ClusterNode node = restored.node(0);
            assertEquals(List.of(), node.linesSinceStart().stream().filter(line -> line.contains("upgraded to")).toList(),
                    "a restored database is already upgraded");
            checkAccounts(node, claims, Map.of());
            assertEquals(delegationsBefore, delegations(node, holder, site));
            assertTrue(waitingCodeRequests(node).contains(waitingLetter));
        } finally {
            Files.deleteIfExists(backup);
        }
    }

    /** Each account's refresh token of before still works, and each signs in again with its password: same claim. */
    private static void checkAccounts(ClusterNode node, Map<String, JsonNode> claims, Map<String, String> refreshTokens) {
        refreshTokens.forEach((email, refresh) -> {
            JsonNode refreshed = Portals.refresh(node, refresh);
            assertTrue(refreshed.has("access_token"), "the session of " + email + " survives: " + refreshed);
            assertEquals(claims.get(email), Portals.claim(refreshed), "claim of " + email + " after a refresh");
        });
        claims.forEach((email, claim) -> assertEquals(claim, Portals.claim(Delegations.signIn(node, email)), "claim of " + email));
    }

    private static String delegations(ClusterNode node, String holder, String site) {
        String token = Delegations.signIn(node, holder).path("access_token").asText();
        var answer = Apis.delegations(node, token, "GET", "/sites/" + site + "/delegations", null);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode list = Apis.json(answer.body());
        StringBuilder kept = new StringBuilder();
        // The fields both versions answer: who, until when, which rights.
        for (JsonNode delegation : list.isArray() ? list : list.path("delegations")) {
            kept.append(delegation.path("id").asText()).append(' ').append(delegation.path("email").asText()).append(' ')
                    .append(delegation.path("date_fin").asText()).append(' ').append(delegation.path("droits")).append('\n');
        }
        assertFalse(kept.isEmpty(), answer.body());
        return kept.toString();
    }

    private static String waitingCodeRequests(ClusterNode node) {
        return Apis.backOffice(node, "/cibtp-registry/code-requests?statut=en_attente");
    }

    private static List<Long> counts(String database) {
        return KEPT.stream().map(sql -> Apis.countIn(database, sql)).toList();
    }

    private void pg(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(project.toFile()).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }
}
