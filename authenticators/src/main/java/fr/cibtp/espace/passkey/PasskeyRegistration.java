package fr.cibtp.espace.passkey;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import com.webauthn4j.verifier.attestation.trustworthiness.certpath.CertPathTrustworthinessVerifier;
import fr.cibtp.espace.sms.certification.Mobiles;
import fr.cibtp.espace.time.CaisseClock;
import org.jboss.logging.Logger;
import org.keycloak.WebAuthnConstants;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.authentication.requiredactions.WebAuthnPasswordlessRegister;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * "Ajouter une clé d'accès" from "Mon compte": Keycloak's passkey registration, with the name the user typed on the
 * page. A passkey is a second factor, so adding one asks the same proof as the step-up: an account that can pass the
 * step-up (a certified mobile or a passkey already) must have passed it in this very sign-in ({@code acr_values=sms});
 * any other account has just typed its password (Keycloak's re-authentication of an action).
 */
public class PasskeyRegistration extends WebAuthnPasswordlessRegister {

    static final int STEP_UP_LEVEL = 2;
    private static final Logger LOG = Logger.getLogger(PasskeyRegistration.class);

    public PasskeyRegistration(KeycloakSession session, CertPathTrustworthinessVerifier verifier) {
        super(session, verifier);
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (!proved(context)) {
            refuse(context);
            return;
        }
        super.requiredActionChallenge(context);
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (!proved(context)) {
            refuse(context);
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String name = PasskeyName.of(form.getFirst(WebAuthnConstants.AUTHENTICATOR_LABEL));
        form.putSingle(WebAuthnConstants.AUTHENTICATOR_LABEL, name);
        super.processAction(context);
        if (context.getStatus() == RequiredActionContext.Status.SUCCESS) {
            tellOfNewPasskey(context, name);
        }
    }

    /**
     * Mails the account that a passkey was added: whoever typed a stolen password into an account with no other
     * factor gets no silent second factor. A mail that cannot be sent does not undo the passkey; the events record it.
     */
    private static void tellOfNewPasskey(RequiredActionContext context, String name) {
        UserModel user = context.getUser();
        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", context.getSession().getContext().resolveLocale(user))
                .format(CaisseClock.today());
        try {
            context.getSession().getProvider(EmailTemplateProvider.class).setRealm(context.getRealm()).setUser(user)
                    // Keycloak adds its own attributes to the map: a mutable one.
                    .send("cibtpPasskeyAddedSubject", "cibtp-passkey-added.ftl", new HashMap<>(Map.of("passkeyName", name, "day", day)));
        } catch (EmailException e) {
            LOG.warnf("Notice of a new passkey not mailed to user %s: %s", user.getId(), e.getMessage());
        }
    }

    /** Whether this sign-in holds the proof adding a passkey needs. */
    static boolean proved(RequiredActionContext context) {
        UserModel user = context.getUser();
        boolean canStepUp = Mobiles.certified(user) != null || Passkeys.any(user);
        return !canStepUp || new AcrStore(context.getSession(), context.getAuthenticationSession())
                .getLevelOfAuthenticationFromCurrentAuthentication() >= STEP_UP_LEVEL;
    }

    private static void refuse(RequiredActionContext context) {
        context.getEvent().error(Errors.NOT_ALLOWED);
        context.challenge(context.form().setError("cibtpPasskeyStepUpFirst").createForm("cibtp-passkey-refused.ftl"));
    }
}
