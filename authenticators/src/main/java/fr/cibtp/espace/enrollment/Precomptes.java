package fr.cibtp.espace.enrollment;

import java.util.Optional;

import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.RegistryProvider;
import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;

/** Registry calls the last enrollment steps share. */
final class Precomptes {

    private static final Logger LOG = Logger.getLogger(Precomptes.class);

    private Precomptes() {
    }

    /** Who the letters were addressed to, to pre-fill nom and prénom. */
    static Optional<PostalAddress> holder(RegistryProvider registry, RealmModel realm, Precompte precompte) {
        switch (precompte.kind()) {
            case SITE:
                return registry.findSite(realm, precompte.identifiant()).map(s -> s.holder());
            case CABINET:
                return registry.findCabinet(realm, precompte.identifiant()).map(c -> c.holder());
            default:
                return registry.findSalarie(realm, precompte.identifiant()).map(s -> s.holder());
        }
    }

    /**
     * Uses the code step 1 accepted; false when another request used it first, or it expired or was replaced since.
     * A racer still waiting for the winner's row lock when the database gives up lost the race too.
     */
    static boolean consume(RegistryProvider registry, RealmModel realm, EnrollmentState state, Precompte precompte) {
        try {
            return registry.consumeCode(realm, precompte, state.codeIssuedAt());
        } catch (RuntimeException e) {
            LOG.debugf("Précompte %s not claimed: the database gave up waiting for another request (%s)",
                    precompte.reference(), e.getClass().getSimpleName());
            return false;
        }
    }
}
