package fr.cibtp.espace.proconnect;

import fr.cibtp.espace.flow.SilentStep;
import fr.cibtp.espace.sitechoice.SiteChoiceAuthenticator;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.broker.util.PostBrokerLoginConstants;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * After every ProConnect sign-in (the identity provider's post-login flow, before the site chooser): a link whose
 * password changed since ends ({@link ProConnectLinkProof}); else the sign-in
 * counts as the realm's first level ({@code acr} {@code mot-de-passe}, so that a later step-up asks only the second
 * factor), and the SIRET ProConnect names is the site the chooser selects first.
 */
public class ProConnectSignIn extends SilentStep {

    /** The alias of the identity provider in {@code realm-export.json}. */
    static final String PROVIDER = "proconnect";
    /** The first level of the realm's {@code acr.loa.map}. */
    static final int SIGN_IN_LEVEL = 1;

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel signIn = context.getAuthenticationSession();
        if (!ProConnectLinkProof.stillStands(context.getUser())) {
            // The password that linked ProConnect changed since: the link ends, the next ProConnect sign-in links again.
            context.getSession().users().removeFederatedIdentity(context.getRealm(), context.getUser(), PROVIDER);
            ProConnectLinkProof.ended(context.getUser());
            context.getEvent().detail("cibtp_proconnect", "link_ended_password_changed");
            context.failureChallenge(AuthenticationFlowError.ACCESS_DENIED, context.form()
                    .setAttribute("cibtpProConnectRelink", true).setError("cibtpProConnectRelink").createForm(ProConnectLink.TEMPLATE));
            return;
        }
        SerializedBrokeredIdentityContext serialized = SerializedBrokeredIdentityContext.readFromAuthenticationSession(
                signIn, PostBrokerLoginConstants.PBL_BROKERED_IDENTITY_CONTEXT);
        if (serialized != null) {
            String siret = ProConnectClaims.siret(serialized.deserialize(context.getSession(), signIn));
            if (siret != null) {
                signIn.setAuthNote(SiteChoiceAuthenticator.PREFERRED_SIRET_NOTE, siret);
                context.getEvent().detail("cibtp_proconnect_siret", siret);
            }
        }
        new AcrStore(context.getSession(), signIn).setLevelAuthenticated(SIGN_IN_LEVEL);
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
