package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import fr.cibtp.espace.it.support.Letters;
import org.junit.jupiter.api.Test;

/**
 * The database stops for 30 seconds while people sign in and enroll: they get Keycloak's error page, never a stack
 * trace, and nothing is half-written; once it is back, the same Keycloak (not restarted) serves them again.
 */
class DatabaseOutageTest {

    private static final String DATABASE = "cibtp_outage_it";
    private static final int PORT = 5442;
    /** Ports apart from the other cluster tests' (node a on 8780). */
    private static final int SHIFT = 700;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final String UNAVAILABLE = "Le service est momentanément indisponible. Réessayez dans quelques minutes.";

    private final Path project = Path.of("").toAbsolutePath().getParent();

    @Test
    void signInsFailWithTheErrorPageDuringTheOutageAndWorkAfterItWithoutARestart() throws Exception {
        Path data = Files.createTempDirectory("cibtp-outage-postgres");
        try (OwnPostgres postgres = OwnPostgres.create(data, PORT, DATABASE);
             Cluster cluster = Cluster.start(project, Cluster.Options.defaults().withNodes(1).withPortShift(SHIFT)
                     .onServer(postgres.hostPort(), DATABASE).inHome("outage"))) {
            ClusterNode node = cluster.node(0);
            long keycloak = node.javaPid();
            String holder = Enrollments.uniqueEmail("avant-la-panne");
            JsonNode before = Enrollments.enrolledAdministrator(cluster, node, Enrollments.newSite(node), holder);
            Letters during = Enrollments.newSite(node);

            postgres.stop();
            long stopped = System.nanoTime();
            List<String> answers = new ArrayList<>();
            while (System.nanoTime() - stopped < OUTAGE.toNanos()) {
                answers.add(signInDuringOutage(node, holder));
                answers.add(enrollDuringOutage(node, during));
            }
            postgres.start();

            assertTrue(answers.size() >= 2, "people tried during the outage");
            for (String page : answers) {
                assertFalse(page.contains("Exception") || page.contains("\tat ") || page.contains("java."), "no stack trace: " + page);
            }
            assertTrue(answers.stream().allMatch(page -> page.startsWith("error page")), "Keycloak's error page each time: " + answers);
            assertTrue(answers.stream().allMatch(page -> page.contains(UNAVAILABLE) && !page.contains("''")),
                    "in words a person understands, typed right: " + answers);

            JsonNode after = Delegations.signIn(node, holder);
            assertEquals(Portals.claim(before), Portals.claim(after), "the same account, the same claim, after the outage");
            assertEquals(keycloak, node.javaPid(), "the same Keycloak process, never restarted");
            assertEquals(0, links(postgres, during), "no half-written enrollment during the outage");
            Enrollments.enrolledAdministrator(cluster, node, during, Enrollments.uniqueEmail("apres-la-panne"));
            assertEquals(1, links(postgres, during), "its letter still opens the space once the database is back");
        } finally {
            deleteQuietly(data);
        }
    }

    /** A sign-in of an enrolled account while the database is down: what the person saw. */
    private static String signInDuringOutage(ClusterNode node, String email) {
        try (Browser browser = new Browser(node)) {
            browser.open(new Portals().signInUrl(node));
            if (browser.has("username")) {
                browser.type("username", email);
                browser.type("password", Enrollments.PASSWORD);
                browser.click("kc-login");
            }
            return seen(browser);
        }
    }

    /** Step 1 of an enrollment with a letter's code while the database is down. */
    private static String enrollDuringOutage(ClusterNode node, Letters letters) {
        try (Browser browser = new Browser(node)) {
            browser.open(new Portals().signInUrl(node));
            if (browser.has("cibtp-enroll")) {
                browser.click("cibtp-enroll");
                if (browser.has("profil-adherent")) {
                    browser.click("profil-adherent");
                    browser.click("cibtp-validate");
                    if (browser.has("identifiant")) {
                        Enrollments.typeStepOne(browser, letters, letters.code());
                    }
                }
            }
            return seen(browser);
        }
    }

    private static String seen(Browser browser) {
        boolean errorPage = browser.has("kc-error-message") || browser.text().contains("Une erreur inattendue");
        return (errorPage ? "error page: " : "other page (" + browser.status() + "): ") + browser.text();
    }

    private static long links(OwnPostgres postgres, Letters letters) {
        return Apis.countOn(postgres.hostPort(), DATABASE, "select count(*) from cibtp_account_link where identifiant = ?", letters.identifiant());
    }

    private static void deleteQuietly(Path dir) {
        try (var all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary folder; the system cleans it
        }
    }
}
