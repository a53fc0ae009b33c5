package fr.cibtp.espace.flow;

import jakarta.ws.rs.core.UriInfo;

import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The link of an action token sent by email from within a flow, as Keycloak's own actions build it. */
public final class ActionTokenLink {

    private ActionTokenLink() {
    }

    public static String of(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession, UriInfo uri,
                            DefaultActionToken token) {
        return Urls.actionTokenBuilder(uri.getBaseUri(), token.serialize(session, realm, uri), authSession.getClient().getClientId(),
                authSession.getTabId(), AuthenticationProcessor.getClientData(session, authSession)).build(realm.getName()).toString();
    }
}
