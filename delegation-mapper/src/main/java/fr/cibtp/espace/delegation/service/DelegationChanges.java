package fr.cibtp.espace.delegation.service;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import fr.cibtp.espace.accounts.AccountSessions;
import fr.cibtp.espace.delegation.store.StoredDelegation;
import fr.cibtp.espace.registry.Site;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/** What follows a change: the admin event that records it, and the end of the sessions of those who lose rights. */
final class DelegationChanges {

    private final SiteAccess access;

    DelegationChanges(SiteAccess access) {
        this.access = access;
    }

    /** Closes the delegation and ends the sessions of its grantee and of everyone it reached; false if already closed. */
    boolean closeAndEndSessions(Site site, StoredDelegation delegation) {
        Set<String> affected = new HashSet<>(access.delegations().descendantGrantees(access.realm(), delegation.id()));
        affected.add(delegation.granteeId());
        if (!access.delegations().close(access.realm(), delegation.id())) {
            return false;
        }
        endSessions(affected);
        recorded(OperationType.UPDATE, site, delegation.id(), Map.of("statut", "fermee", "sessions_terminees", affected.size()));
        return true;
    }

    /** Whoever loses rights by a closing signs in again: their tokens are not refreshed with stale rights. */
    private void endSessions(Set<String> userIds) {
        for (String userId : userIds) {
            UserModel user = access.session.users().getUserById(access.realm(), userId);
            if (user != null) {
                AccountSessions.endOnline(access.session, access.realm(), user);
            }
        }
    }

    /** Admin events, as the back office's changes are: who did what to which delegation of which site. */
    void recorded(OperationType operation, Site site, String id, Object representation) {
        AdminAuth auth = new AdminAuth(access.realm(), access.caller.token(), access.user(), access.caller.client());
        new AdminEventBuilder(access.realm(), auth, access.session, access.session.getContext().getConnection()).operation(operation)
                .resource(ResourceType.CUSTOM).resourcePath("cibtp-delegations/sites/" + site.identifiant() + "/delegations/" + id)
                .representation(representation).success();
    }
}
