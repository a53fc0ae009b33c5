package fr.cibtp.espace.enrollment;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.sms.certification.NewAccountMobile;
import fr.cibtp.espace.sms.certification.PhoneCertification;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * Step 2's "Certifier": once the account is created, "Vous avez saisi un nouveau numéro de téléphone de contact. Pour
 * le certifier, merci de saisir le code qui vous a été envoyé par SMS", with "Renvoyer un code" and "Plus tard". The
 * activation email goes once the mobile is certified or put off. The account being certified is in an authentication
 * note, so a reload shows the code page again.
 */
final class MobileAtEnrollment {

    static final String NOTE = "cibtp.enrollment.certifying";
    private static final String TEMPLATE = "cibtp-phone-certification.ftl";

    private final AuthenticationFlowContext context;

    MobileAtEnrollment(AuthenticationFlowContext context) {
        this.context = context;
    }

    /** The account being certified, or null when step 2 did not ask for it. */
    UserModel account() {
        String userId = context.getAuthenticationSession().getAuthNote(NOTE);
        return userId == null ? null : context.getSession().users().getUserById(context.getRealm(), userId);
    }

    /** Right after creating the account: the first code. */
    Response start(UserModel user) {
        context.getAuthenticationSession().setAuthNote(NOTE, user.getId());
        return sendCode(user);
    }

    /** The code page again, as it was left. */
    Response page(UserModel user) {
        return codePage(user).createForm(TEMPLATE);
    }

    /** A posted code, "Renvoyer un code" or "Plus tard": null once done (certified or put off), else the next page. */
    Response process(UserModel user, MultivaluedMap<String, String> form) {
        if (form.containsKey("later")) {
            context.getAuthenticationSession().removeAuthNote(NOTE);
            return null;
        }
        if (form.containsKey("send")) {
            return sendCode(user);
        }
        String refused = new NewAccountMobile(context.getSession(), context.getRealm(), context.getAuthenticationSession())
                .certify(user, form.getFirst("code"));
        if (refused == null) {
            context.getAuthenticationSession().removeAuthNote(NOTE);
            event(user, "certified").success();
            return null;
        }
        event(user, "refused").event(EventType.CUSTOM_REQUIRED_ACTION_ERROR).error(Errors.INVALID_CODE);
        return codePage(user).addError(new FormMessage("code", refused)).createForm(TEMPLATE);
    }

    private Response sendCode(UserModel user) {
        NewAccountMobile.Sending sending = new NewAccountMobile(context.getSession(), context.getRealm(), context.getAuthenticationSession())
                .send(user);
        LoginFormsProvider page = codePage(user);
        if (sending.sent()) {
            event(user, "sent").success();
            page.setSuccess("cibtpEnrollmentCodeSent");
        } else {
            event(user, "not_sent").event(EventType.CUSTOM_REQUIRED_ACTION_ERROR).error(sending.errorKey());
            page.setError(sending.errorKey(), sending.params());
        }
        return page.createForm(TEMPLATE);
    }

    private LoginFormsProvider codePage(UserModel user) {
        return context.form().setAttribute("cibtpStep", "code").setAttribute("cibtpEnrollment", true)
                .setAttribute("cibtpMobile", "").setAttribute("cibtpMaskedMobile", NewAccountMobile.masked(user));
    }

    /** Recorded as the certification action's events, whichever screen the mobile was certified on. */
    private EventBuilder event(UserModel user, String what) {
        return context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION).user(user)
                .detail(Details.CUSTOM_REQUIRED_ACTION, PhoneCertification.ID).detail("cibtp_sms", what).detail("cibtp_step", "account");
    }
}
