package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import fr.cibtp.espace.it.support.Letters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An enrollment whose steps land on different nodes, as a load balancer without sticky sessions sends them. */
@ExtendWith(TwoNodes.class)
class EnrollmentAcrossNodesTest {

    private final Cluster cluster = TwoNodes.cluster();
    private final ClusterNode a = cluster.node(0);
    private final ClusterNode b = cluster.node(1);

    @Test
    void stepOneOnNodeAThenStepTwoAndTheActivationLinkOnNodeB() {
        Letters letters = Enrollments.newSite(a);
        String email = Enrollments.uniqueEmail("a-puis-b");
        Portals portal = new Portals();
        try (Browser browser = new Browser(a)) {
            Enrollments.passStepOne(browser, portal, a, letters);

            browser.useNode(b);
            Enrollments.typeStepTwo(browser, email, Enrollments.uniqueMobile(), "cibtp-validate");
            assertEquals("Finalisation de l'ouverture de compte", browser.title(), "node B continues node A's sign-in: " + browser.text());

            JsonNode tokens = Enrollments.activate(browser, portal, cluster, b, email);
            assertEquals(letters.identifiant(), Portals.claim(tokens).path("site").path("identifiant").asText(), tokens.toString());
            assertEquals(email, Portals.payload(tokens.path("access_token").asText()).path("email").asText());
        }
    }

    @Test
    void nodeAKilledAfterStepOneTheUserFinishesOnNodeBAndNothingIsMadeTwice() throws Exception {
        Letters letters = Enrollments.newSite(a);
        String email = Enrollments.uniqueEmail("a-tombe");
        Portals portal = new Portals();
        try (Browser browser = new Browser(a)) {
            Enrollments.passStepOne(browser, portal, a, letters);
            assertEquals(0, Apis.count("select count(*) from cibtp_account_link where identifiant = ?", letters.identifiant()),
                    "step 1 writes no account");

            a.kill();
            assertFalse(a.isRunning());

            browser.useNode(b);
            Enrollments.typeStepTwo(browser, email, Enrollments.uniqueMobile(), "cibtp-validate");
            assertEquals("Finalisation de l'ouverture de compte", browser.title(), "node B holds the sign-in node A started: " + browser.text());
            JsonNode tokens = Enrollments.activate(browser, portal, cluster, b, email);
            assertEquals(letters.identifiant(), Portals.claim(tokens).path("site").path("identifiant").asText(), tokens.toString());
        } finally {
            cluster.startNode(a);
        }
        assertEquals(1, Apis.admin(b, "/users?exact=true&email=" + Portals.encode(email)).size(), "one account");
        assertEquals(1, Apis.count("select count(*) from cibtp_account_link where identifiant = ?", letters.identifiant()),
                "the site linked once");
        assertEquals(1, Apis.count("select count(*) from cibtp_provisional_code where identifiant = ? and used_at is not null",
                letters.identifiant()), "its code used");
    }
}
