package fr.cibtp.espace.sitechoice;

import java.util.List;

import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.settings.ClientSpace;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Sign-in step after the password: the site the user acts for. One site is chosen silently; several give the
 * chooser; none gives a page saying how to associate one (an account holding only a cabinet goes on without a
 * site). A SIRET another sign-in named (ProConnect's) opens the chooser on that site, selected. Skipped on the
 * salarié space. The choice is a user session note, which the token mapper reads; a browser
 * already signed in keeps its site at the next portal's sign-in.
 */
public class SiteChoiceAuthenticator implements Authenticator {

    /** An auth note: the SIRET of the organisation another sign-in named (ProConnect's {@code siret}), chosen first when held. */
    public static final String PREFERRED_SIRET_NOTE = "cibtp.preferredSiret";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        // "Changer de tiers" asks itself, once the sign-in is done; the salarié space has no site.
        if (SwitchSite.ID.equals(authSession.getClientNote(Constants.KC_ACTION))
                || ClientSpace.isSalarie(authSession.getClient())) {
            context.success();
            return;
        }
        String kept = keptSite(context);
        if (kept != null) {
            context.getAuthenticationSession().setUserSessionNote(SiteChoice.NOTE, kept);
            context.getEvent().detail("cibtp_site", kept);
            context.success();
            return;
        }
        SiteChoice choice = choice(context);
        List<String> some = choice.someSites(2);
        if (some.size() == 1) {
            choose(context, some.get(0));
        } else if (some.size() > 1) {
            String preferred = authSession.getAuthNote(PREFERRED_SIRET_NOTE);
            context.challenge(preferred == null ? choice.page(context.form(), null) : choice.pageWith(context.form(), preferred));
        } else if (holdsOtherThanSites(context)) {
            context.success();
        } else {
            context.getEvent().detail("cibtp_site", "none");
            context.failureChallenge(AuthenticationFlowError.ACCESS_DENIED,
                    context.form().setAttribute("cibtpNoSite", true).createForm(SiteChoice.TEMPLATE));
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        SiteChoice.Answer answer = choice(context).answer(context.getHttpRequest().getDecodedFormParameters(), context::form);
        if (answer.chosen() != null) {
            choose(context, answer.chosen().identifiant());
        } else {
            context.challenge(answer.page());
        }
    }

    private static void choose(AuthenticationFlowContext context, String site) {
        context.getAuthenticationSession().setUserSessionNote(SiteChoice.NOTE, site);
        context.getEvent().detail("cibtp_site", site);
        context.success();
    }

    /**
     * The site this browser's sign-in already acts for, when the user signs in to another portal (or again) without
     * asking to choose: {@code prompt=login} or {@code prompt=select_account} show the chooser, and a site the
     * account no longer reaches is never kept.
     */
    private static String keptSite(AuthenticationFlowContext context) {
        String prompt = context.getAuthenticationSession().getClientNote(OIDCLoginProtocol.PROMPT_PARAM);
        if (prompt != null && (prompt.contains(OIDCLoginProtocol.PROMPT_VALUE_LOGIN)
                || prompt.contains(OIDCLoginProtocol.PROMPT_VALUE_SELECT_ACCOUNT))) {
            return null;
        }
        AuthResult signedIn = AuthenticationManager.authenticateIdentityCookie(context.getSession(), context.getRealm(), true);
        if (signedIn == null || !signedIn.user().getId().equals(context.getUser().getId())) {
            return null;
        }
        String site = signedIn.session().getNote(SiteChoice.NOTE);
        boolean reached = site != null && context.getSession().getProvider(RegistryProvider.class)
                .reaches(context.getRealm(), context.getUser(), site);
        return reached ? site : null;
    }

    private static boolean holdsOtherThanSites(AuthenticationFlowContext context) {
        return context.getSession().getProvider(RegistryProvider.class).accountPrecomptes(context.getRealm(), context.getUser())
                .stream().anyMatch(p -> p.kind() != PrecompteKind.SITE);
    }

    private static SiteChoice choice(AuthenticationFlowContext context) {
        return new SiteChoice(context.getSession(), context.getRealm(), context.getUser());
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
