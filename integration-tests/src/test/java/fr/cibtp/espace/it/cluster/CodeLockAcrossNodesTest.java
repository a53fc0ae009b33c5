package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import fr.cibtp.espace.it.support.Letters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wrong provisional codes are counted in the database: spread over both nodes, the fifth from one address still locks
 * the code for that address.
 */
@ExtendWith(TwoNodes.class)
class CodeLockAcrossNodesTest {

    private static final String REFUSED = "Les informations saisies ne permettent pas de vous identifier.";
    private static final String LOCKED = "Ce code confidentiel est bloqué pour quelques minutes après plusieurs essais erronés.";

    private final Cluster cluster = TwoNodes.cluster();

    @Test
    void fiveWrongCodesTakenInTurnsByNodesAAndBLockThePrecompteOnBoth() {
        ClusterNode a = cluster.node(0);
        ClusterNode b = cluster.node(1);
        Letters letters = Enrollments.newSite(a);
        String wrong = letters.code().substring(0, letters.code().length() - 1)
                + (letters.code().endsWith("A") ? "B" : "A");
        Portals portal = new Portals();
        try (Browser browser = new Browser(a)) {
            Enrollments.openStepOne(browser, portal, a);
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.useNode(attempt % 2 == 1 ? a : b);
                Enrollments.typeStepOne(browser, letters, wrong);
                assertTrue(browser.text().contains(REFUSED), "attempt " + attempt + ": " + browser.text());
                assertEquals(attempt, Apis.count("select l.wrong_attempts from cibtp_code_lock l join cibtp_provisional_code c "
                        + "on c.id = l.code_id where c.identifiant = ?", letters.identifiant()),
                        "every node counts in the same row, the browser's address's");
            }
            assertEquals(1, Apis.count("select count(*) from cibtp_code_lock l join cibtp_provisional_code c on c.id = l.code_id "
                    + "where c.identifiant = ? and l.locked_until is not null", letters.identifiant()), "locked at the fifth");

            browser.useNode(b);
            Enrollments.typeStepOne(browser, letters, letters.code());
            assertTrue(browser.text().contains(LOCKED), "the right code, on node B, after three wrong ones on A and two on B: " + browser.text());
            browser.useNode(a);
            Enrollments.typeStepOne(browser, letters, letters.code());
            assertTrue(browser.text().contains(LOCKED), "and on node A: " + browser.text());
        }
        assertEquals(0, Apis.count("select count(*) from cibtp_account_link where identifiant = ?", letters.identifiant()));
    }
}
