package fr.cibtp.espace.enrollment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.SmsSetting;
import fr.cibtp.espace.sms.certification.ContactChanges;
import fr.cibtp.espace.sms.certification.PhoneCertification;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;

/**
 * Step 2/2, "Informations de connexion": creates the account, uses the code and makes the account the holder of
 * the précompte (for a site: its Administrateur), all in this request's transaction. The account then waits for its
 * activation link (Keycloak's "Verify email" required action): until it is clicked, no token.
 */
public class AccountCreationAuthenticator extends EnrollmentStep {

    static final String TEMPLATE = "cibtp-enrollment-account.ftl";
    static final String DONE_TEMPLATE = "cibtp-enrollment-done.ftl";
    private static final String CREATED_NOTE = "cibtp.enrollment.created";
    /** The "Certifier" button next to the mobile: create the account, then certify the mobile before the activation email. */
    private static final String CERTIFY = "certifier";
    private static final List<String> KEPT_FIELDS = List.of(AccountForm.EMAIL, AccountForm.EMAIL_CONFIRM,
            AccountForm.LAST_NAME, AccountForm.FIRST_NAME, AccountForm.LANDLINE, AccountForm.MOBILE);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        EnrollmentState state = EnrollmentState.of(context);
        String created = context.getAuthenticationSession().getAuthNote(CREATED_NOTE);
        if (created != null) {
            MobileAtEnrollment mobile = new MobileAtEnrollment(context);
            UserModel certifying = mobile.account();
            context.challenge(certifying != null ? mobile.page(certifying) : donePage(context, created));
            return;
        }
        Precompte precompte = state.precompte().orElse(null);
        if (state.path() == EnrollmentPath.ASSOCIATE || precompte == null) {
            context.success();
            return;
        }
        Map<String, String> prefill = new HashMap<>();
        RegistryProvider registry = context.getSession().getProvider(RegistryProvider.class);
        Precomptes.holder(registry, context.getRealm(), precompte).ifPresent(holder -> prefillNames(prefill, holder));
        context.challenge(page(context, prefill).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MobileAtEnrollment mobile = new MobileAtEnrollment(context);
        UserModel certifying = mobile.account();
        if (certifying != null) {
            Response next = mobile.process(certifying, form(context));
            if (next != null) {
                context.challenge(next);
            } else {
                activate(context, certifying);
            }
            return;
        }
        EnrollmentState state = EnrollmentState.of(context);
        Precompte precompte = state.precompte().orElse(null);
        if (precompte == null || context.getAuthenticationSession().getAuthNote(CREATED_NOTE) != null) {
            authenticate(context);
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        Map<String, String> typed = new HashMap<>();
        form(context).forEach((name, values) -> typed.put(name, values.isEmpty() ? null : values.get(0)));
        AccountForm account = new AccountForm(typed, PhoneNumbers.countryCodes(CibtpSettings.of(realm).string(SmsSetting.COUNTRIES)));

        LoginFormsProvider page = page(context, typed);
        boolean refused = !account.isValid();
        account.errors().forEach((field, key) -> page.addError(new FormMessage(field, key)));
        if (!account.errors().containsKey(AccountForm.PASSWORD) && !account.errors().containsKey(AccountForm.EMAIL)) {
            PolicyError policy = session.getProvider(PasswordPolicyManagerProvider.class)
                    .validate(account.email(), typed.get(AccountForm.PASSWORD));
            if (policy != null) {
                page.addError(new FormMessage(AccountForm.PASSWORD, policy.getMessage(), policy.getParameters()));
                refused = true;
            }
        }
        boolean certify = typed.containsKey(CERTIFY);
        if (certify && account.mobile() == null && !account.errors().containsKey(AccountForm.MOBILE)) {
            page.addError(new FormMessage(AccountForm.MOBILE, "cibtpMobileToCertify"));
            refused = true;
        }
        if (!account.errors().containsKey(AccountForm.EMAIL) && emailInUse(session, realm, account.email())) {
            page.addError(new FormMessage(AccountForm.EMAIL, "cibtpEmailInUse"));
            refused = true;
        }
        if (refused) {
            context.challenge(page.createForm(TEMPLATE));
            return;
        }

        RegistryProvider registry = session.getProvider(RegistryProvider.class);
        if (!Precomptes.consume(registry, realm, state, precompte)) {
            context.getEvent().clone().detail("cibtp_precompte", precompte.reference()).detail("cibtp_step", "account")
                    .error("cibtp_code_used_meanwhile");
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                    page.setError("cibtpEnrollmentUsedMeanwhile").createForm(TEMPLATE));
            return;
        }
        UserModel user = createAccount(session, realm, account, typed.get(AccountForm.PASSWORD));
        registry.linkAccount(realm, user, precompte);
        NewHolderNotice.send(session, realm, user, precompte);
        context.getEvent().clone().event(EventType.REGISTER).user(user).detail(Details.USERNAME, user.getUsername())
                .detail(Details.EMAIL, user.getEmail()).detail("cibtp_precompte", precompte.reference())
                .detail("cibtp_parcours", "creation").success();

        context.getAuthenticationSession().setAuthNote(CREATED_NOTE, user.getEmail());
        if (precompte.kind() == PrecompteKind.SITE) {
            // The activation link signs the user in: acting for the site just enrolled.
            context.getAuthenticationSession().setUserSessionNote(Site.CHOSEN_NOTE, precompte.identifiant());
        }
        if (certify) {
            context.challenge(mobile.start(user));
        } else {
            activate(context, user);
        }
    }

    /** The activation email, then Keycloak's "Verify email" page; the "email not sent" page if the mail server refused it. */
    private static void activate(AuthenticationFlowContext context, UserModel user) {
        if (ActivationEmail.send(context, user)) {
            context.setUser(user);
            context.success();
        } else {
            context.challenge(donePage(context, user.getEmail()));
        }
    }

    private static boolean emailInUse(KeycloakSession session, RealmModel realm, String email) {
        return session.users().getUserByEmail(realm, email) != null || session.users().getUserByUsername(realm, email) != null;
    }

    private static UserModel createAccount(KeycloakSession session, RealmModel realm, AccountForm account, String password) {
        UserModel user = session.users().addUser(realm, account.email());
        user.setEnabled(true);
        user.setEmail(account.email());
        user.setEmailVerified(false);
        user.setLastName(account.lastName());
        user.setFirstName(account.firstName());
        if (account.mobile() != null) {
            user.setSingleAttribute(PhoneCertification.PHONE_NUMBER, account.mobile());
            user.setSingleAttribute(PhoneCertification.PHONE_NUMBER_VERIFIED, "false");
        }
        if (account.landline() != null) {
            user.setSingleAttribute(ContactChanges.LANDLINE, account.landline());
        }
        if (realm.isInternationalizationEnabled()) {
            // The language of the enrollment pages becomes the account's: its emails and later pages follow it.
            user.setSingleAttribute(UserModel.LOCALE, session.getContext().resolveLocale(null).toLanguageTag());
        }
        user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
        user.addRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
        return user;
    }

    private static void prefillNames(Map<String, String> prefill, PostalAddress holder) {
        prefill.put(AccountForm.LAST_NAME, holder.lastName());
        prefill.put(AccountForm.FIRST_NAME, holder.firstName());
    }

    /** The form again with what was typed, except the passwords. */
    private static LoginFormsProvider page(AuthenticationFlowContext context, Map<String, String> typed) {
        LoginFormsProvider page = context.form();
        Map<String, String> kept = new HashMap<>();
        KEPT_FIELDS.forEach(field -> kept.put(field, typed.get(field) == null ? "" : typed.get(field)));
        return page.setAttribute("cibtpAccount", kept);
    }

    /** Shown when the activation email could not be sent: the account exists, the next sign-in sends a new link. */
    private static Response donePage(AuthenticationFlowContext context, String email) {
        return context.form().setAttribute("cibtpStep", "emailFailed").setAttribute("cibtpEmail", email).createForm(DONE_TEMPLATE);
    }
}
