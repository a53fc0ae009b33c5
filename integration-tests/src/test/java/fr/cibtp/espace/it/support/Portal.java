package fr.cibtp.espace.it.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.SmsCodePage;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

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

    /**
     * Signs in as a grantor does before giving power: password, then the code sent to the account's certified mobile
     * ({@code acr_values=sms}); an account without a certified mobile is given one first.
     */
    public static AccessTokenResponse signInWithSms(ManagedRealm realm, OAuthClient oauth, ManagedWebDriver driver, SmsGatewayStandIn operator,
                                                    RunOnServerClient runOnServer, String email, String password) {
        certifiedMobile(realm, runOnServer, email);
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        PkceGenerator pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").param("acr_values", "sms").open();
        oauth.fillLoginForm(email, password);
        CibtpPage.on(driver, SmsCodePage.class).receiveCode().enterCodeBackToPortal(SmsCodes.last(operator));
        return oauth.accessTokenRequest(oauth.parseLoginResponse().getCode()).codeVerifier(pkce).send();
    }

    /** {@link #signIn} in a browser that forgets any earlier sign-in first. */
    public static AccessTokenResponse freshSignIn(ManagedRealm realm, OAuthClient oauth, ManagedWebDriver driver, String email,
                                                  String password) {
        forgetSignIns(realm, driver);
        return signIn(realm, oauth, email, password);
    }

    /** {@link #signInWithSms} in a browser that forgets any earlier sign-in first. */
    public static AccessTokenResponse freshSignInWithSms(ManagedRealm realm, OAuthClient oauth, ManagedWebDriver driver,
                                                         SmsGatewayStandIn operator, RunOnServerClient runOnServer, String email,
                                                         String password) {
        forgetSignIns(realm, driver);
        return signInWithSms(realm, oauth, driver, operator, runOnServer, email, password);
    }

    private static void forgetSignIns(ManagedRealm realm, ManagedWebDriver driver) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    /** Gives the account a certified mobile unless it has one. */
    public static void certifiedMobile(ManagedRealm realm, RunOnServerClient runOnServer, String email) {
        UserRepresentation user = realm.admin().users().searchByEmail(email, true).get(0);
        Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
        if (!List.of("true").equals(attributes.get("phoneNumberVerified"))) {
            runOnServer.run(MobileOnServer.certify(user.getId(),
                    "+3361" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000))));
        }
    }

    /** The {@code cibtp} claim of the access token. */
    public static Map<?, ?> claim(OAuthClient oauth, AccessTokenResponse tokens) {
        return (Map<?, ?>) oauth.verifyToken(tokens.getAccessToken()).getOtherClaims().get("cibtp");
    }
}
