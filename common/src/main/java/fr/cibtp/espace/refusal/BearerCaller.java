package fr.cibtp.espace.refusal;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * The caller of one of our APIs: a valid bearer token of the realm whose audience ({@code aud}) names the API, so that
 * a token issued for another client or API is refused (the clients allowed carry an "Audience" mapper for it).
 */
public final class BearerCaller {

    private BearerCaller() {
    }

    /** The token's user and client; else the API's 401 ({@code non_authentifie}) or 403 ({@code audience_refusee}). */
    public static AuthResult require(KeycloakSession session, String audience) {
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, RefusalCode.NON_AUTHENTIFIE, null, session.getContext().getRealm().getName());
        }
        if (!auth.getToken().hasAudience(audience)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, RefusalCode.AUDIENCE_REFUSEE, null, audience);
        }
        return auth;
    }
}
