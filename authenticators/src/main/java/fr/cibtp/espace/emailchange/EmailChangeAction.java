package fr.cibtp.espace.emailchange;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.accounts.AccountSessions;
import fr.cibtp.espace.email.MailBudget;
import fr.cibtp.espace.flow.ActionTokenLink;
import fr.cibtp.espace.flow.PasswordCheck;
import fr.cibtp.espace.sms.certification.MobileConfirmation;
import fr.cibtp.espace.sms.certification.Mobiles;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.utils.EmailValidationUtil;

/**
 * "Modifier mon adresse électronique", started by a portal or the account console with
 * {@code kc_action=cibtp-email-change}: a code sent to the certified mobile (the current password again for an
 * account without one), the new address twice. The old address is told at once, with a link that cancels. A link goes to the new
 * address; until it is clicked the account gets no token (this action stays pending) and all its sessions, offline ones
 * included, are ended.
 * Meanwhile the user can send the link again, or cancel and keep the old address, so a typo never locks them out.
 */
public class EmailChangeAction implements RequiredActionProvider {

    static final String MAILS_PER_DAY_REACHED = "cibtp_user_mails_per_day";
    static final String MAILS_PER_DAY_MESSAGE = "cibtpUserMailsPerDayReached";

    public static final String ID = "cibtp-email-change";
    static final String TEMPLATE = "cibtp-email-change.ftl";
    private static final int MAX_EMAIL = 254;

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        UserModel user = context.getUser();
        if (EmailChange.pending(user) != null && EmailChange.newConfirmed(user) && EmailChange.due(context.getRealm(), user)) {
            // Its new address confirmed, a change that waited for its old address takes effect at this sign-in.
            String newEmail = EmailChange.pending(user);
            String oldEmail = user.getEmail();
            if (EmailChange.apply(context.getSession(), context.getRealm(), user, context.getAuthenticationSession(), context.getUriInfo())) {
                event(context, "done_after_delay", newEmail).success();
                context.getEvent().clone().event(EventType.UPDATE_EMAIL).user(user).detail(Details.PREVIOUS_EMAIL, oldEmail)
                        .detail(Details.UPDATED_EMAIL, newEmail).success();
                context.success();
                return;
            }
        }
        String pending = EmailChange.pending(context.getUser());
        MobileConfirmation mobile = mobile(context);
        if (pending == null && mobile.pending()) {
            mobile.challenge();
            return;
        }
        context.challenge(pending == null ? form(context).createForm(TEMPLATE) : pendingPage(context, pending, null));
    }

    /** With a certified mobile, the change is confirmed by a code sent to it instead of the password. */
    private static MobileConfirmation mobile(RequiredActionContext context) {
        return new MobileConfirmation(context, "email-change", "cibtpEmailChangeTitle");
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        UserModel user = context.getUser();
        String pending = EmailChange.pending(user);
        if (pending != null) {
            if (form.containsKey("annuler")) {
                EmailChange.clear(user);
                event(context, "cancelled", pending).success();
                context.challenge(form(context).setAttribute("cibtpStep", "cancelled").createForm(TEMPLATE));
            } else if (form.containsKey("renvoyer")) {
                if (!MailBudget.take(context.getSession(), context.getRealm(), user)) {
                    event(context, "refused", pending).error(MAILS_PER_DAY_REACHED);
                    context.challenge(pendingPage(context, pending, MAILS_PER_DAY_MESSAGE));
                    return;
                }
                boolean sent = sendLink(context, pending);
                context.challenge(pendingPage(context, pending, sent ? "cibtpEmailChangeResent" : null));
            } else {
                context.challenge(pendingPage(context, pending, null));
            }
            return;
        }
        MobileConfirmation mobile = mobile(context);
        if (mobile.pending()) {
            if (mobile.process(form)) {
                context.challenge(form(context).setSuccess("cibtpCurrentMobileConfirmedForEmail").createForm(TEMPLATE));
            }
            return;
        }
        request(context, form);
    }

    private void request(RequiredActionContext context, MultivaluedMap<String, String> form) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        String email = form.getFirst("email") == null ? "" : form.getFirst("email").strip().toLowerCase(Locale.ROOT);
        String confirmation = form.getFirst("emailConfirm") == null ? "" : form.getFirst("emailConfirm").strip();
        String password = form.getFirst("password");

        LoginFormsProvider page = form(context).setAttribute("cibtpNewEmail", email.length() > MAX_EMAIL ? "" : email);
        // A confirmed mobile stands in for the password; without one, the password is typed again.
        boolean passwordValid = Mobiles.certified(user) != null
                || PasswordCheck.check(session, realm, user, password, context.getConnection(), context.getUriInfo()) == PasswordCheck.Result.VALID;
        String emailError = emailError(session, realm, user, email, confirmation);
        if (!passwordValid && "cibtpEmailChangeInUse".equals(emailError)) {
            // Whether an address is registered is said only to whoever proved to hold the account.
            emailError = null;
        }
        if (!passwordValid) {
            event(context, "refused", null).error(Errors.INVALID_USER_CREDENTIALS);
            page.addError(new FormMessage("password", "cibtpEmailChangeWrongPassword"));
        }
        if (emailError != null) {
            page.addError(new FormMessage(emailError.equals("cibtpEmailConfirmMismatch") ? "emailConfirm" : "email", emailError));
        }
        if (!passwordValid || emailError != null) {
            context.challenge(page.createForm(TEMPLATE));
            return;
        }
        if (!MailBudget.take(session, realm, user)) {
            event(context, "refused", null).error(MAILS_PER_DAY_REACHED);
            context.challenge(page.setError(MAILS_PER_DAY_MESSAGE).createForm(TEMPLATE));
            return;
        }

        EmailChange.start(user, email, Mobiles.certified(user) != null);
        boolean sent = sendLink(context, email);
        boolean told = EmailChange.tellOldAddress(session, realm, user, context.getAuthenticationSession(), context.getUriInfo(), email);
        AccountSessions.endAll(session, realm, user, context.getAuthenticationSession());
        mobile(context).spend();
        event(context, "requested", email).detail("cibtp_old_address_told", Boolean.toString(told)).success();
        context.challenge(pendingPage(context, email, sent ? null : "cibtpEmailChangeNotSent"));
    }

    private static String emailError(KeycloakSession session, RealmModel realm, UserModel user, String email, String confirmation) {
        if (email.isEmpty()) {
            return "cibtpEmailRequired";
        }
        if (email.length() > MAX_EMAIL || !EmailValidationUtil.isValidEmail(email)) {
            return "cibtpEmailFormat";
        }
        if (!email.equalsIgnoreCase(confirmation)) {
            return "cibtpEmailConfirmMismatch";
        }
        if (email.equalsIgnoreCase(user.getEmail())) {
            return "cibtpEmailChangeSame";
        }
        if (session.users().getUserByEmail(realm, email) != null || session.users().getUserByUsername(realm, email) != null) {
            return "cibtpEmailChangeInUse";
        }
        return null;
    }

    /** The link to the new address; false when the mail server refused it. */
    private static boolean sendLink(RequiredActionContext context, String newEmail) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String clientId = authSession.getClient().getClientId();
        int lifespan = realm.getActionTokenGeneratedByUserLifespan(EmailChangeToken.TOKEN_TYPE);
        EmailChangeToken token = new EmailChangeToken(user.getId(), Time.currentTime() + lifespan, user.getEmail(), newEmail, clientId);
        String link = ActionTokenLink.of(session, realm, authSession, context.getUriInfo(), token);
        EventBuilder event = context.getEvent().clone().event(EventType.SEND_VERIFY_EMAIL).user(user).detail(Details.EMAIL, newEmail);
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user).setAuthenticationSession(authSession)
                    .sendEmailUpdateConfirmation(link, TimeUnit.SECONDS.toMinutes(lifespan), newEmail);
        } catch (EmailException e) {
            event.detail(Details.REASON, e.getMessage()).error(Errors.EMAIL_SEND_FAILED);
            return false;
        }
        event.success();
        return true;
    }

    private static EventBuilder event(RequiredActionContext context, String what, String newEmail) {
        EventBuilder event = context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION).user(context.getUser())
                .detail("custom_required_action", ID).detail("cibtp_email_change", what);
        return newEmail == null ? event : event.detail(Details.UPDATED_EMAIL, newEmail);
    }

    private static LoginFormsProvider form(RequiredActionContext context) {
        return context.form().setAttribute("cibtpStep", "form").setAttribute("cibtpCurrentEmail", context.getUser().getEmail())
                .setAttribute("cibtpAskPassword", Mobiles.certified(context.getUser()) == null);
    }

    private static Response pendingPage(RequiredActionContext context, String pending, String message) {
        LoginFormsProvider page = form(context).setAttribute("cibtpStep", "pending").setAttribute("cibtpNewEmail", pending);
        if ("cibtpEmailChangeNotSent".equals(message) || MAILS_PER_DAY_MESSAGE.equals(message)) {
            page.setError(message);
        } else if (message != null) {
            page.setInfo(message, pending);
        }
        return page.createForm(TEMPLATE);
    }

    @Override
    public void close() {
    }
}
