package fr.cibtp.espace.proconnect;

import java.util.stream.Stream;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * The first ProConnect sign-in of a person: their ProConnect identity is linked to an enrolled account only once they
 * have typed that account's email and password here (Keycloak's own check, brute-force detection included). An
 * email that matches is never enough, and no account is created: accounts come from the caisse's letters.
 */
public class ProConnectLink extends UsernamePasswordForm {

    static final String TEMPLATE = "cibtp-proconnect-link.ftl";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(createLoginForm(withProConnect(context)));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey("cancel")) {
            context.cancelLogin();
            return;
        }
        if (validateUserAndPassword(context, form)) {
            ProConnectLinkProof.linked(context.getUser());
            context.getEvent().detail("cibtp_proconnect", "linked");
            context.success(PasswordCredentialModel.TYPE);
        }
    }

    @Override
    protected Response challenge(AuthenticationFlowContext context, String error, String field) {
        withProConnect(context);
        return super.challenge(context, error, field);
    }

    /** The page names the ProConnect identity being linked, and types its email for the person. */
    private static LoginFormsProvider withProConnect(AuthenticationFlowContext context) {
        BrokeredIdentityContext identity = proConnect(context);
        String name = String.join(" ", Stream.of(identity.getFirstName(), identity.getLastName())
                .filter(part -> part != null && !part.isBlank()).toList());
        return context.form().setAttribute("cibtpProConnectName", name.isEmpty() ? identity.getEmail() : name)
                .setAttribute("cibtpProConnectEmail", identity.getEmail());
    }

    @Override
    protected Response createLoginForm(LoginFormsProvider form) {
        return form.createForm(TEMPLATE);
    }

    /** Who ProConnect says the person is, for the page ("Vous êtes connecté à ProConnect en tant que …"). */
    private static BrokeredIdentityContext proConnect(AuthenticationFlowContext context) {
        SerializedBrokeredIdentityContext serialized = SerializedBrokeredIdentityContext.readFromAuthenticationSession(
                context.getAuthenticationSession(), AbstractIdpAuthenticator.BROKERED_CONTEXT_NOTE);
        return serialized.deserialize(context.getSession(), context.getAuthenticationSession());
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
