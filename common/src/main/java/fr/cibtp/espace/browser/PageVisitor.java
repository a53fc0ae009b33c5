package fr.cibtp.espace.browser;

import fr.cibtp.espace.names.SessionNotes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.OAuth2Constants;
import org.keycloak.common.util.SecretGenerator;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocolService;
import org.keycloak.protocol.oidc.utils.PkceUtils;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * Who is on one of our server-rendered pages ("Gérer les droits d'accès", "Mon compte utilisateur"): the browser
 * signed in to Keycloak (its sign-in cookie), as Keycloak's own pages know it. A browser without one goes through the
 * realm's sign-in (and site choice) for the page's client and comes back. Forms carry the cookie's state checker, so
 * another site cannot post them. Each page has its own client in {@code realm-export.json}, whose redirect URIs are
 * the page's and whose login theme gives the page its look.
 */
public record PageVisitor(AuthResult auth, String stateChecker) {

    public static final String STATE_CHECKER = "stateChecker";

    /** The signed-in browser, or null: then {@link #signIn} sends it to the sign-in. */
    public static PageVisitor of(KeycloakSession session, ClientModel client) {
        AuthResult cookie = new AppAuthManager().authenticateIdentityCookie(session, session.getContext().getRealm());
        if (cookie == null) {
            return null;
        }
        String checker = (String) session.getAttribute("state_checker");
        return new PageVisitor(new AuthResult(cookie.user(), cookie.session(), cookie.token(), client), checker);
    }

    /** The page's client, made the request's client so that the page's look follows it, as the sign-in pages do. */
    public static ClientModel client(KeycloakSession session, String clientId) {
        ClientModel client = session.getContext().getRealm().getClientByClientId(clientId);
        if (client != null && client.isEnabled()) {
            session.getContext().setClient(client);
            return client;
        }
        return null;
    }

    /**
     * The authorization request that signs the browser in and comes back to the page; {@code action} asks Keycloak
     * for an application-initiated action on the way ("Changer de tiers"). The page reads the sign-in cookie and
     * never redeems the code; the PKCE challenge of a discarded verifier makes the code useless to anyone else.
     */
    public static URI signIn(KeycloakSession session, String clientId, URI back, String action) {
        return signIn(session, clientId, back, action, null);
    }

    /** The same, asking the realm's flow for an authentication level ({@code sms}: the second factor, asked again). */
    public static URI signIn(KeycloakSession session, String clientId, URI back, String action, String acrValues) {
        RealmModel realm = session.getContext().getRealm();
        UriBuilder builder = OIDCLoginProtocolService.authUrl(session.getContext().getUri())
                .queryParam(OAuth2Constants.CLIENT_ID, clientId)
                .queryParam(OAuth2Constants.REDIRECT_URI, back.toString())
                .queryParam(OAuth2Constants.RESPONSE_TYPE, OAuth2Constants.CODE)
                .queryParam(OAuth2Constants.SCOPE, OAuth2Constants.SCOPE_OPENID)
                .queryParam(OAuth2Constants.STATE, SecretGenerator.getInstance().randomString(16))
                .queryParam(OAuth2Constants.CODE_CHALLENGE, PkceUtils.encodeCodeChallenge(PkceUtils.generateCodeVerifier(), OAuth2Constants.PKCE_METHOD_S256))
                .queryParam(OAuth2Constants.CODE_CHALLENGE_METHOD, OAuth2Constants.PKCE_METHOD_S256);
        if (action != null) {
            builder.queryParam(org.keycloak.models.Constants.KC_ACTION, action);
        }
        if (acrValues != null) {
            builder.queryParam(OAuth2Constants.ACR_VALUES, acrValues);
        }
        return builder.build(realm.getName());
    }

    /** The site asked for in the link or form, else the one chosen at sign-in or by "Changer de tiers". */
    public String site(String asked) {
        if (asked != null && !asked.isBlank()) {
            return asked.strip();
        }
        return auth.session().getNote(SessionNotes.CHOSEN_SITE);
    }

    /** A form posted from the page itself carries the state checker of this browser's sign-in. */
    public boolean postedFromThePage(String posted) {
        return stateChecker != null && posted != null
                && MessageDigest.isEqual(stateChecker.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
    }
}
