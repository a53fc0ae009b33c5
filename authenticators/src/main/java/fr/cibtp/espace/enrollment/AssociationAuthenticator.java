package fr.cibtp.espace.enrollment;

import java.util.Set;

import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.RegistryProvider;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * "Associer un site déclarant à un espace existant", step 2/2: the email and password of the existing account,
 * checked like a sign-in (same message whatever was wrong, brute-force detection). Then the site accepted at step
 * 1 is linked to that account and the user is sent back to the login page.
 */
public class AssociationAuthenticator extends EnrollmentStep {

    static final String TEMPLATE = "cibtp-enrollment-association.ftl";
    private static final String ASSOCIATED_NOTE = "cibtp.enrollment.associated";
    private static final Set<String> PASSWORD_CATEGORY = Set.of(PasswordCredentialModel.TYPE);

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
        Precompte precompte = EnrollmentState.of(context).precompte().orElse(null);
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

        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        if (user != null && realm.isBruteForceProtected()
                && (protector.isTemporarilyDisabled(session, realm, user) || protector.isPermanentlyLockedOut(session, realm, user))) {
            context.getEvent().user(user).error(Errors.USER_TEMPORARILY_DISABLED);
            refuse(context);
            return;
        }
        if (user == null) {
            spendPasswordCheckTime(session, realm);
        }
        boolean valid = user != null && user.isEnabled() && password != null && !password.isEmpty()
                && password.length() <= AccountForm.MAX_PASSWORD
                && user.credentialManager().isValid(UserCredentialModel.password(password));
        if (!valid) {
            if (user != null) {
                protector.failedLogin(realm, user, context.getConnection(), context.getUriInfo(), PASSWORD_CATEGORY);
                context.getEvent().user(user);
            }
            context.getEvent().error(user == null ? Errors.USER_NOT_FOUND : Errors.INVALID_USER_CREDENTIALS);
            refuse(context);
            return;
        }
        protector.successfulLogin(realm, user, context.getConnection(), context.getUriInfo(), PASSWORD_CATEGORY);

        RegistryProvider registry = session.getProvider(RegistryProvider.class);
        if (!Precomptes.consume(registry, realm, precompte)) {
            context.getEvent().clone().user(user).detail("cibtp_precompte", EnrollmentState.describe(precompte))
                    .error("cibtp_code_used_meanwhile");
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                    context.form().setError("cibtpEnrollmentUsedMeanwhile").createForm(TEMPLATE));
            return;
        }
        registry.linkAccount(realm, user, precompte);
        context.getEvent().clone().event(EventType.REGISTER).user(user).detail(Details.USERNAME, user.getUsername())
                .detail("cibtp_precompte", EnrollmentState.describe(precompte)).detail("cibtp_parcours", "association").success();
        context.getAuthenticationSession().setAuthNote(ASSOCIATED_NOTE, "true");
        context.challenge(donePage(context));
    }

    private static void refuse(AuthenticationFlowContext context) {
        LoginFormsProvider page = context.form().setError("cibtpAssociationRefused");
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page.createForm(TEMPLATE));
    }

    /** An unknown address costs the same hashing time as a known one, so timing does not tell which emails exist. */
    private static void spendPasswordCheckTime(KeycloakSession session, RealmModel realm) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        String algorithm = policy == null ? null : policy.getHashAlgorithm();
        PasswordHashProvider hash = algorithm == null ? session.getProvider(PasswordHashProvider.class)
                : session.getProvider(PasswordHashProvider.class, algorithm);
        hash.encode("an address nobody holds", policy == null ? -1 : policy.getHashIterations());
    }

    private static String abbreviated(String typed) {
        return typed.length() > AccountForm.MAX_EMAIL ? typed.substring(0, AccountForm.MAX_EMAIL) : typed;
    }

    private static jakarta.ws.rs.core.Response donePage(AuthenticationFlowContext context) {
        return context.form().setAttribute("cibtpStep", "associated").createForm(AccountCreationAuthenticator.DONE_TEMPLATE);
    }
}
