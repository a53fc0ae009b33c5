package fr.cibtp.espace.registry.api;

import fr.cibtp.espace.names.Endpoints;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.resources.admin.AdminAuth;

/**
 * Lets in only a bearer token of the realm issued for this API, whose audience ({@code aud}) names {@value #AUDIENCE}
 * (the back office's clients carry an "Audience" mapper for it; a portal's token does not) and whose realm roles
 * include {@value #ROLE}, as the token says.
 */
final class RegistryAdmin {

    static final String ROLE = "cibtp-registry-admin";
    static final String AUDIENCE = Endpoints.REGISTRY;

    private RegistryAdmin() {
    }

    static AdminAuth require(KeycloakSession session) {
        RealmModel realm = session.getContext().getRealm();
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            throw ApiError.of(Response.Status.UNAUTHORIZED, "non_authentifie",
                    "Jeton d'accès manquant ou invalide : authentifiez-vous auprès du domaine " + realm.getName() + ".");
        }
        AccessToken token = auth.getToken();
        if (!token.hasAudience(AUDIENCE)) {
            throw ApiError.of(Response.Status.FORBIDDEN, "audience_refusee",
                    "Accès refusé : ce jeton n'a pas été émis pour l'API du registre (audience " + AUDIENCE + " attendue).");
        }
        AccessToken.Access roles = token.getRealmAccess();
        if (roles == null || !roles.isUserInRole(ROLE)) {
            throw ApiError.of(Response.Status.FORBIDDEN, "acces_refuse",
                    "Accès refusé : le rôle " + ROLE + " est nécessaire pour utiliser l'API du registre.");
        }
        return new AdminAuth(realm, token, auth.getUser(), auth.getClient());
    }
}
