package fr.cibtp.espace.enrollment;


import fr.cibtp.espace.flow.PasswordCheck;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.RegistryProvider;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * "Associer un site déclarant à un espace existant", step 2/2: the email and password of the existing account,
 * checked like a sign-in (same message whatever was wrong, brute-force detection). Then the site accepted at step
 * 1 is linked to that account and the user is sent back to the login page.
 */
public class AssociationAuthenticator extends EnrollmentStep {

    static final String TEMPLATE = "cibtp-enrollment-association.ftl";
    private static final String ASSOCIATED_NOTE = "cibtp.enrollment.associated";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        EnrollmentState state = EnrollmentState.of(context);
        if (context.getAuthenticationSession().getAuthNote(ASSOCIATED_NOTE) != null) {
            context.challenge(donePage(context));
        } else if (state.path() != EnrollmentPath.ASSOCIATE || state.precompte().isEmpty()) {
            context.success();
        } else {
            context.challenge(context.form().createForm(TEMPLATE));
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        EnrollmentState state = EnrollmentState.of(context);
        Precompte precompte = state.precompte().orElse(null);
        if (precompte == null || context.getAuthenticationSession().getAuthNote(ASSOCIATED_NOTE) != null) {
            authenticate(context);
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        String email = field(context, "username");
        String password = field(context, "password");
        UserModel user = email == null || email.isBlank() || email.length() > AccountForm.MAX_EMAIL ? null
                : session.users().getUserByEmail(realm, email.strip());
        context.getEvent().detail(Details.USERNAME, email == null ? "" : abbreviated(email));

        PasswordCheck.Result checked = PasswordCheck.check(session, realm, user, password, context.getConnection(), context.getUriInfo());
        if (checked != PasswordCheck.Result.VALID) {
            if (user != null) {
                context.getEvent().user(user);
            }
            context.getEvent().error(checked == PasswordCheck.Result.LOCKED ? Errors.USER_TEMPORARILY_DISABLED
                    : checked == PasswordCheck.Result.UNKNOWN_ACCOUNT ? Errors.USER_NOT_FOUND : Errors.INVALID_USER_CREDENTIALS);
            refuse(context);
            return;
        }

        RegistryProvider registry = session.getProvider(RegistryProvider.class);
        if (!Precomptes.consume(registry, realm, state, precompte)) {
            context.getEvent().clone().user(user).detail("cibtp_precompte", precompte.reference())
                    .error("cibtp_code_used_meanwhile");
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                    context.form().setError("cibtpEnrollmentUsedMeanwhile").createForm(TEMPLATE));
            return;
        }
        registry.linkAccount(realm, user, precompte);
        NewHolderNotice.send(session, realm, user, precompte);
        context.getEvent().clone().event(EventType.REGISTER).user(user).detail(Details.USERNAME, user.getUsername())
                .detail("cibtp_precompte", precompte.reference()).detail("cibtp_parcours", "association").success();
        context.getAuthenticationSession().setAuthNote(ASSOCIATED_NOTE, "true");
        context.challenge(donePage(context));
    }

    private static void refuse(AuthenticationFlowContext context) {
        LoginFormsProvider page = context.form().setError("cibtpAssociationRefused");
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page.createForm(TEMPLATE));
    }

    private static String abbreviated(String typed) {
        return typed.length() > AccountForm.MAX_EMAIL ? typed.substring(0, AccountForm.MAX_EMAIL) : typed;
    }

    private static jakarta.ws.rs.core.Response donePage(AuthenticationFlowContext context) {
        return context.form().setAttribute("cibtpStep", "associated").createForm(AccountCreationAuthenticator.DONE_TEMPLATE);
    }
}
