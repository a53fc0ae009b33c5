package fr.cibtp.espace.registry.api;

import fr.cibtp.espace.names.Endpoints;
import fr.cibtp.espace.refusal.BearerCaller;
import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalAnswer;
import fr.cibtp.espace.refusal.RefusalCode;
import org.keycloak.models.KeycloakSession;
import org.keycloak.representations.AccessToken;
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

    /** The back office's caller; else the API's 401 or 403, in the body both APIs answer. */
    static AdminAuth require(KeycloakSession session) {
        try {
            AuthResult auth = BearerCaller.require(session, AUDIENCE);
            AccessToken.Access roles = auth.getToken().getRealmAccess();
            if (roles == null || !roles.isUserInRole(ROLE)) {
                throw new Refusal(Refusal.Kind.FORBIDDEN, RefusalCode.ACCES_REFUSE, null, ROLE).worded("role");
            }
            return new AdminAuth(session.getContext().getRealm(), auth.getToken(), auth.getUser(), auth.getClient());
        } catch (Refusal refusal) {
            throw RefusalAnswer.of(session, refusal);
        }
    }
}
