package fr.cibtp.espace.registry;

import java.util.Optional;

import fr.cibtp.espace.accounts.AccountSessions;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;

/**
 * Takes a holder away from a précompte, with everything its holding gave: the link, what was delegated from it (the
 * delegation module answers {@link Removed}) and every session of the account, offline ones included, so that no
 * token refreshed afterwards still carries the power. One transaction: all of it, or nothing.
 */
public final class HolderRemoval {

    /** What a removal ended besides the link. */
    public record Outcome(int delegationsClosed, int sessionsEnded) {
    }

    /**
     * Published in the removal's transaction once the link is gone. Listeners close what hung from the holder and
     * count it with {@link #closed(int)}.
     */
    public static final class Removed implements ProviderEvent {
        private final KeycloakSession session;
        private final RealmModel realm;
        private final Precompte precompte;
        private final String userId;
        private final boolean lastHolder;
        private int delegationsClosed;

        Removed(KeycloakSession session, RealmModel realm, Precompte precompte, String userId, boolean lastHolder) {
            this.session = session;
            this.realm = realm;
            this.precompte = precompte;
            this.userId = userId;
            this.lastHolder = lastHolder;
        }

        public KeycloakSession session() {
            return session;
        }

        public RealmModel realm() {
            return realm;
        }

        public Precompte precompte() {
            return precompte;
        }

        public String userId() {
            return userId;
        }

        /** No account holds the précompte any more: nothing delegated on it can hang from a holder. */
        public boolean lastHolder() {
            return lastHolder;
        }

        public void closed(int delegations) {
            delegationsClosed += delegations;
        }
    }

    private HolderRemoval() {
    }

    /** Empty when the account does not hold the précompte. */
    public static Optional<Outcome> remove(KeycloakSession session, RealmModel realm, String userId, Precompte precompte) {
        RegistryProvider registry = session.getProvider(RegistryProvider.class);
        if (!registry.unlinkAccount(realm, userId, precompte)) {
            return Optional.empty();
        }
        Removed removed = new Removed(session, realm, precompte, userId, registry.holders(realm, precompte).isEmpty());
        session.getKeycloakSessionFactory().publish(removed);
        UserModel user = session.users().getUserById(realm, userId);
        int sessions = user == null ? 0 : AccountSessions.endAll(session, realm, user);
        return Optional.of(new Outcome(removed.delegationsClosed, sessions));
    }
}
