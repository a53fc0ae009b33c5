package fr.cibtp.espace.forgot;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.cibtp.espace.enrollment.EnrollmentSetting;
import fr.cibtp.espace.identifiers.CibtpIdentifier;
import fr.cibtp.espace.identifiers.SalarieIdentifier;
import fr.cibtp.espace.limits.Slots;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.settings.CibtpSettings;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * "Mot de passe oublié ?" starts here: "Quelle est votre situation ?". Option 1 goes on to Keycloak's reset by
 * email link. Option 2, "Demande d'un nouveau code confidentiel", queues a request for a code by post in the
 * registry and gives the same answer whether the identifiant exists or not.
 */
public class ForgotPasswordChooser implements Authenticator {

    static final String TEMPLATE = "cibtp-forgot-chooser.ftl";
    private static final int MAX_IDENTIFIANT = 64;

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(page(context, "choice").createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey("identifiant")) {
            requestCode(context, form.getFirst("identifiant"));
        } else if ("mot-de-passe".equals(form.getFirst("situation"))) {
            context.success();
        } else if ("code".equals(form.getFirst("situation"))) {
            context.challenge(page(context, "code").createForm(TEMPLATE));
        } else {
            context.challenge(page(context, "choice").setError("cibtpForgotChooseSituation").createForm(TEMPLATE));
        }
    }

    private void requestCode(AuthenticationFlowContext context, String typed) {
        String identifiant = typed == null ? "" : typed.strip();
        if (identifiant.isEmpty() || identifiant.length() > MAX_IDENTIFIANT
                || !(CibtpIdentifier.parse(identifiant).isValid() || SalarieIdentifier.parse(identifiant).isValid())) {
            LoginFormsProvider page = page(context, "code").setAttribute("cibtpIdentifiant", identifiant);
            page.addError(new FormMessage("identifiant", identifiant.isEmpty() ? "cibtpIdentifierRequired" : "cibtpCodeRequestIdentifierFormat"));
            context.challenge(page.createForm(TEMPLATE));
            return;
        }
        RealmModel realm = context.getRealm();
        int perHour = CibtpSettings.of(realm).positive(EnrollmentSetting.CODE_REQUESTS_PER_HOUR);
        if (Slots.perAddressAndHour(context.getSession(), realm, "code-request", perHour).take() == null) {
            context.getEvent().clone().detail("cibtp_step", "code_request").error("cibtp_code_requests_flood");
            context.failureChallenge(AuthenticationFlowError.ACCESS_DENIED,
                    page(context, "code").setError("cibtpCodeRequestTooMany").createForm(TEMPLATE));
            return;
        }
        // Queued or not, the page says the same: only the event tells the back office's run book.
        context.getSession().getProvider(RegistryProvider.class).requestCode(realm, identifiant).ifPresent(precompte ->
                context.getEvent().clone().event(EventType.SEND_RESET_PASSWORD).detail("cibtp_step", "code_request")
                        .detail("cibtp_precompte", precompte.reference()).success());
        context.challenge(page(context, "requested").createForm(TEMPLATE));
    }

    private static LoginFormsProvider page(AuthenticationFlowContext context, String step) {
        return context.form().setAttribute("cibtpStep", step);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
