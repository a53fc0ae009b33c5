package fr.cibtp.espace.delegation.expiry;

import java.util.Map;

import fr.cibtp.espace.delegation.store.StoredDelegation;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * The admin event of a delegation the daily job closed, stored and sent to the realm's listeners like those of the
 * delegation API (same resource path); nobody signed in did it, so it names no user and no client.
 */
final class ExpiryEvent extends AdminEventBuilder {

    private ExpiryEvent(RealmModel realm, KeycloakSession session, AdminEvent prepared) {
        super(realm, null, session, null, prepared);
    }

    static void closed(KeycloakSession session, RealmModel realm, StoredDelegation delegation) {
        AdminEvent prepared = new AdminEvent();
        prepared.setRealmId(realm.getId());
        prepared.setRealmName(realm.getName());
        AuthDetails auth = new AuthDetails();
        auth.setRealmId(realm.getId());
        auth.setRealmName(realm.getName());
        prepared.setAuthDetails(auth);
        new ExpiryEvent(realm, session, prepared).operation(OperationType.UPDATE).resource(ResourceType.CUSTOM)
                .resourcePath("cibtp-delegations/sites/" + delegation.site() + "/delegations/" + delegation.id())
                .representation(Map.of("statut", "expiree", "date_fin", String.valueOf(delegation.fin()))).success();
    }
}
