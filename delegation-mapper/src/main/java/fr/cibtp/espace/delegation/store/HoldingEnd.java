package fr.cibtp.espace.delegation.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.cibtp.espace.accounts.AccountSessions;
import fr.cibtp.espace.registry.HolderRemoval;
import fr.cibtp.espace.registry.Precompte;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * What a holding gave ends with it. A site's former holder: the delegations it made, and every one made from those;
 * once the site has no holder left, every delegation of the site (including those of holders removed long ago). A
 * cabinet's former administrator: the adhérents' delegations it received for the cabinet, and what it passed on from
 * them. Whoever loses rights that way signs in again.
 */
public final class HoldingEnd {

    private HoldingEnd() {
    }

    public static void close(HolderRemoval.Removed removed) {
        RealmModel realm = removed.realm();
        DelegationProvider store = removed.session().getProvider(DelegationProvider.class);
        Precompte precompte = removed.precompte();
        List<StoredDelegation> roots = switch (precompte.kind()) {
            case SITE -> store.openRootsOfSite(realm, precompte.identifiant(), removed.lastHolder() ? null : removed.userId());
            case CABINET -> store.openToCabinetAdministrator(realm, precompte.identifiant(), removed.userId());
            case SALARIE -> List.of();
        };
        Set<String> losing = new HashSet<>();
        int closed = 0;
        for (StoredDelegation root : roots) {
            for (StoredDelegation d : store.closeBranch(realm, root.id())) {
                closed++;
                losing.add(d.granteeId());
            }
        }
        // The former holder's own sessions, offline ones included, are the removal's to end.
        losing.remove(removed.userId());
        for (String userId : losing) {
            UserModel user = removed.session().users().getUserById(realm, userId);
            if (user != null) {
                AccountSessions.endOnline(removed.session(), realm, user);
            }
        }
        removed.closed(closed);
    }
}
