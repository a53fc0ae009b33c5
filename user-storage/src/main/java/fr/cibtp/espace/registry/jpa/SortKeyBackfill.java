package fr.cibtp.espace.registry.jpa;

import java.util.List;

import fr.cibtp.espace.registry.jpa.RegistrySchema.AccountLinkTable;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Gives the account links made before the chooser's natural order their key, once, at start (after the database's
 * migration), in transactions of
 * {@value #CHUNK} links. Idempotent: two nodes starting together write the same keys; a start with nothing to do
 * costs one read of the links table (no index serves "no key yet"; a start is rare, a read of a million narrow rows
 * well under a second).
 */
public final class SortKeyBackfill {

    private static final Logger LOG = Logger.getLogger(SortKeyBackfill.class);
    static final int CHUNK = 10_000;
    private static final String WITHOUT_KEY = LinkedSiteLabels.SORTED + " AND " + AccountLinkTable.SITE_SORT + " IS NULL AND "
            + AccountLinkTable.SITE_NAME + " IS NOT NULL"
            + " FETCH FIRST " + CHUNK + " ROWS ONLY";

    private SortKeyBackfill() {
    }

    public static void run(KeycloakSessionFactory factory) {
        int total = 0;
        int done;
        do {
            int[] keyed = new int[1];
            KeycloakModelUtils.runJobInTransaction(factory, session -> keyed[0] = session.getProvider(JpaConnectionProvider.class)
                    .getEntityManager().unwrap(Session.class)
                    .doReturningWork(connection -> LinkedSiteLabels.sortKeys(connection, WITHOUT_KEY, List.of(), List.of())));
            done = keyed[0];
            total += done;
        } while (done == CHUNK);
        if (total > 0) {
            LOG.infof("Site chooser: %d account links given their natural-order key", total);
        }
    }
}
