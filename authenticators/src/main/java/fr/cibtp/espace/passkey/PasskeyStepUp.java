package fr.cibtp.espace.passkey;

import java.util.function.BiFunction;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.secondfactor.RecentSecondFactor;
import fr.cibtp.espace.secondfactor.SignInMethods;
import org.keycloak.WebAuthnConstants;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.authentication.FlowStatus;
import org.keycloak.authentication.authenticators.browser.WebAuthnAuthenticator;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.WebAuthnCredentialProvider;
import org.keycloak.credential.WebAuthnPasswordlessCredentialProviderFactory;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.WebAuthnPolicy;

/**
 * The step-up by passkey, offered on the step-up page beside the SMS code: Keycloak's own WebAuthn check of one of the
 * account's passkeys (user verification as the realm's passkey policy asks), whose page is the step-up page itself.
 * A passkey that signed this browser in a moment ago, in the same sign-in, already proved the second factor.
 */
public class PasskeyStepUp extends WebAuthnAuthenticator {

    private final BiFunction<AuthenticationFlowContext, String, Response> pageWithError;

    /** @param pageWithError the step-up page again, with the message key of what went wrong */
    public PasskeyStepUp(KeycloakSession session, BiFunction<AuthenticationFlowContext, String, Response> pageWithError) {
        super(session);
        this.pageWithError = pageWithError;
    }

    /** Whether the sign-in this step-up belongs to was itself made with a passkey. */
    public static boolean signedInWithPasskey(AuthenticationFlowContext context) {
        return AuthenticatorUtil.getAuthnCredentials(context.getAuthenticationSession()).contains(Passkeys.TYPE);
    }

    /** A form post from the passkey button (its result, or the browser's error). */
    public static boolean posted(MultivaluedMap<String, String> form) {
        return form.containsKey(WebAuthnConstants.AUTHENTICATOR_DATA) || form.containsKey(WebAuthnConstants.ERROR);
    }

    /** The step-up page with what the passkey button needs (a new challenge, the account's passkeys); null without any. */
    public LoginFormsProvider offer(AuthenticationFlowContext context) {
        return fillContextForm(context);
    }

    /** Checks the passkey posted; on success the second factor is proved, as by an SMS code. */
    public void check(AuthenticationFlowContext context) {
        action(context);
        if (context.getStatus() == FlowStatus.SUCCESS) {
            RecentSecondFactor.proved(context.getAuthenticationSession());
            SignInMethods.steppedUpWithItsOwnPasskey(context.getAuthenticationSession());
        }
    }

    /** Already proved by the passkey of this very sign-in: the step-up passes without asking again. */
    public static void provedBySignIn(AuthenticationFlowContext context) {
        RecentSecondFactor.proved(context.getAuthenticationSession());
        SignInMethods.PASSKEY.steppedUp(context.getAuthenticationSession());
        context.success();
    }

    @Override
    protected WebAuthnPolicy getWebAuthnPolicy(AuthenticationFlowContext context) {
        return context.getRealm().getWebAuthnPolicyPasswordless();
    }

    @Override
    protected String getCredentialType() {
        return Passkeys.TYPE;
    }

    @Override
    protected boolean shouldDisplayAuthenticators(AuthenticationFlowContext context) {
        return false;
    }

    @Override
    public WebAuthnCredentialProvider getCredentialProvider(KeycloakSession session) {
        return (WebAuthnCredentialProvider) session.getProvider(CredentialProvider.class, WebAuthnPasswordlessCredentialProviderFactory.PROVIDER_ID);
    }

    @Override
    protected Response createErrorResponse(AuthenticationFlowContext context, String errorCase) {
        return pageWithError.apply(context, "cibtpPasskeyFailed");
    }
}
