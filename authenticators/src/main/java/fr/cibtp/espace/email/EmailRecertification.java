package fr.cibtp.espace.email;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;

import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.UserModel;

/**
 * Periodic email re-certification, checked at every sign-in. Past the period (and the grace, if any) the account
 * goes back to Keycloak's "Verify email": a new link, no token until it is clicked. During the grace the user gets
 * in after a notice, and a link. The link comes in the re-certification email, not the activation one. An account
 * certified before this rule existed starts its period now.
 */
public class EmailRecertification implements RequiredActionProvider {

    public static final String ID = "cibtp-email-recertification";
    static final String TEMPLATE = "cibtp-email-recertification.ftl";
    private static final String SENT_NOTE = "cibtp.recertification.sent";
    private static final String ACKNOWLEDGED_NOTE = "cibtp.recertification.acknowledged";

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        UserModel user = context.getUser();
        if (!user.isEmailVerified() || user.getEmail() == null) {
            return;
        }
        Instant certified = certifiedAt(user);
        if (certified == null) {
            EmailCertification.certify(user, CaisseClock.now());
            return;
        }
        CibtpSettings settings = CibtpSettings.of(context.getRealm());
        Recertification status = Recertification.of(certified, CaisseClock.now(), settings.positive(EmailSetting.RECERTIFICATION_DAYS),
                settings.positive(EmailSetting.RECERTIFICATION_GRACE_DAYS));
        if (status == Recertification.GRACE) {
            // Once per sign-in: Keycloak evaluates the triggers again after each action.
            if (context.getAuthenticationSession().getAuthNote(ACKNOWLEDGED_NOTE) == null) {
                user.addRequiredAction(ID);
            }
        } else if (status == Recertification.EXPIRED) {
            user.setEmailVerified(false);
            user.addRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
            context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION).user(user).detail("custom_required_action", ID)
                    .detail("cibtp_recertification", "expired").success();
            // Keycloak's "Verify email" would send the activation email: send the re-certification one, and note it
            // as sent the way that action does, so it only shows its page. Not sent: that action sends its own.
            if (VerifyEmailLink.sendRecertification(context.getSession(), context.getRealm(), user, context.getAuthenticationSession(),
                    context.getUriInfo(), context.getEvent())) {
                context.getAuthenticationSession().setAuthNote(Constants.VERIFY_EMAIL_KEY, user.getEmail());
            }
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        UserModel user = context.getUser();
        CibtpSettings settings = CibtpSettings.of(context.getRealm());
        int period = settings.positive(EmailSetting.RECERTIFICATION_DAYS);
        int grace = settings.positive(EmailSetting.RECERTIFICATION_GRACE_DAYS);
        Instant certified = certifiedAt(user);
        if (!user.isEmailVerified() || certified == null || Recertification.of(certified, CaisseClock.now(), period, grace) == Recertification.CURRENT) {
            context.success();
            return;
        }
        if (context.getAuthenticationSession().getAuthNote(SENT_NOTE) == null) {
            boolean sent = VerifyEmailLink.sendRecertification(context.getSession(), context.getRealm(), user,
                    context.getAuthenticationSession(), context.getUriInfo(), context.getEvent());
            context.getAuthenticationSession().setAuthNote(SENT_NOTE, Boolean.toString(sent));
        }
        String blockedFrom = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(context.getSession().getContext().resolveLocale(user))
                .format(Recertification.blockedFrom(certified, period, grace).atZone(CaisseClock.ZONE));
        context.challenge(context.form().setAttribute("cibtpBlockedFrom", blockedFrom).setAttribute("cibtpEmail", user.getEmail())
                .setAttribute("cibtpLinkSent", Boolean.parseBoolean(context.getAuthenticationSession().getAuthNote(SENT_NOTE)))
                .createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        context.getAuthenticationSession().setAuthNote(ACKNOWLEDGED_NOTE, "true");
        context.success();
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.NOT_SUPPORTED;
    }

    static Instant certifiedAt(UserModel user) {
        String value = user.getFirstAttribute(EmailCertification.CERTIFIED_AT);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() {
    }
}
