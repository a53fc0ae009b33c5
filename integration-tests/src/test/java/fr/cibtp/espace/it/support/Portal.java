package fr.cibtp.espace.it.support;

import java.util.Map;

import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/** The espace-entreprise portal as the tests play it: sign in on the French login page, exchange the code, read the claim. */
public final class Portal {

    private Portal() {
    }

    /** Signs in through the login page (the browser keeps its cookies) and exchanges the code with PKCE. */
    public static AccessTokenResponse signIn(ManagedRealm realm, OAuthClient oauth, String email, String password) {
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        PkceGenerator pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        oauth.fillLoginForm(email, password);
        return oauth.accessTokenRequest(oauth.parseLoginResponse().getCode()).codeVerifier(pkce).send();
    }

    /** The {@code cibtp} claim of the access token. */
    public static Map<?, ?> claim(OAuthClient oauth, AccessTokenResponse tokens) {
        return (Map<?, ?>) oauth.verifyToken(tokens.getAccessToken()).getOtherClaims().get("cibtp");
    }
}
