package fr.cibtp.espace.registry.api;

import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.resources.admin.AdminAuth;

/** Lets in only a bearer token of the realm whose user (or service account) holds {@value #ROLE}. */
final class RegistryAdmin {

    static final String ROLE = "cibtp-registry-admin";

    private RegistryAdmin() {
    }

    static AdminAuth require(KeycloakSession session) {
        RealmModel realm = session.getContext().getRealm();
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            throw ApiError.of(Response.Status.UNAUTHORIZED, "non_authentifie",
                    "Jeton d'accès manquant ou invalide : authentifiez-vous auprès du domaine " + realm.getName() + ".");
        }
        RoleModel role = realm.getRole(ROLE);
        if (role == null || !auth.getUser().hasRole(role)) {
            throw ApiError.of(Response.Status.FORBIDDEN, "acces_refuse",
                    "Accès refusé : le rôle " + ROLE + " est nécessaire pour utiliser l'API du registre.");
        }
        return new AdminAuth(realm, auth.getToken(), auth.getUser(), auth.getClient());
    }
}
