package fr.cibtp.espace.registry.jpa;

import java.util.List;

import fr.cibtp.espace.identifiers.Departement;
import fr.cibtp.espace.registry.PrecompteKind;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Gives the précomptes imported before the campaign figures their département, once, at start (after the database's
 * migration): one update per start of postal code (the first three characters tell the département), so a registry of
 * a million lines takes some hundred updates. Idempotent: two nodes starting together write the same values; a start
 * with nothing to do costs one read per table.
 */
final class DepartementBackfill {

    private static final Logger LOG = Logger.getLogger(DepartementBackfill.class);

    private DepartementBackfill() {
    }

    static void run(KeycloakSessionFactory factory) {
        for (PrecompteKind kind : PrecompteKind.values()) {
            String entity = PrecompteStates.entity(kind);
            int[] given = new int[1];
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                var em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
                List<String> starts = em.createQuery("select distinct substring(p.postal.postcode, 1, 3) from " + entity + " p"
                        + " where p.postal.departement is null", String.class).getResultList();
                for (String start : starts) {
                    given[0] += start == null
                            ? em.createQuery("update " + entity + " p set p.postal.departement = :d where p.postal.departement is null"
                                    + " and p.postal.postcode is null").setParameter("d", Departement.UNKNOWN).executeUpdate()
                            : em.createQuery("update " + entity + " p set p.postal.departement = :d where p.postal.departement is null"
                                    + " and substring(p.postal.postcode, 1, 3) = :start").setParameter("d", Departement.ofPostcode(start))
                                    .setParameter("start", start).executeUpdate();
                }
            });
            if (given[0] > 0) {
                LOG.infof("Campaign figures: %d %s records given their département", given[0], kind.key());
            }
        }
    }
}
