package fr.cibtp.espace.email;

import java.time.Instant;
import java.util.Set;

import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Records when an account last proved it reads its email: clicking an activation link or confirming a new address
 * (a reset by email link is recorded by {@link EmailLinkFollowed}).
 * Keycloak sends these events inside the request's transaction, so the date is stored with the change itself.
 */
public class EmailCertification implements EventListenerProvider {

    /** User attribute: ISO-8601 instant of the last certification of the account's email. */
    public static final String CERTIFIED_AT = "emailCertifiedAt";
    private static final Set<EventType> CERTIFYING = Set.of(EventType.VERIFY_EMAIL, EventType.UPDATE_EMAIL);

    private final KeycloakSession session;

    public EmailCertification(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getError() != null || event.getUserId() == null || !CERTIFYING.contains(event.getType())) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
        if (user != null && user.isEmailVerified()) {
            certify(user, Instant.ofEpochMilli(event.getTime()));
        }
    }

    static void certify(UserModel user, Instant when) {
        user.setSingleAttribute(CERTIFIED_AT, when.toString());
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
