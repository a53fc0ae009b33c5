package fr.cibtp.espace.proconnect;

import fr.cibtp.espace.sitechoice.SiteChoiceAuthenticator;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.broker.util.PostBrokerLoginConstants;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * After every ProConnect sign-in (the identity provider's post-login flow, before the site chooser): the sign-in
 * counts as the realm's first level ({@code acr} {@code mot-de-passe}, so that a later step-up asks only the second
 * factor), and the SIRET ProConnect names is the site the chooser selects first.
 */
public class ProConnectSignIn implements Authenticator {

    /** The first level of the realm's {@code acr.loa.map}. */
    static final int SIGN_IN_LEVEL = 1;

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel signIn = context.getAuthenticationSession();
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
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return true;
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
