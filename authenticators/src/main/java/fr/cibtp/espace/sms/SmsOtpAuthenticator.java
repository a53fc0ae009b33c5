package fr.cibtp.espace.sms;

import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.cibtp.espace.secondfactor.RecentSecondFactor;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * Step-up by SMS: a code to the account's certified mobile. Run by the browser flow when a portal asks
 * {@code acr_values=sms}; success gives the level the realm maps to "sms". Without a certified mobile, a page says
 * how to certify one.
 */
public class SmsOtpAuthenticator implements Authenticator {

    static final String TEMPLATE = "cibtp-sms-otp.ftl";
    static final String NO_MOBILE_TEMPLATE = "cibtp-sms-otp-no-mobile.ftl";
    private static final String CHALLENGE_NOTE = "cibtp.stepup.challenge";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        String number = certifiedMobile(context.getUser());
        if (number == null) {
            context.getEvent().detail("cibtp_sms", "no_certified_mobile");
            context.failureChallenge(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED,
                    context.form().setAttribute("cibtpCertifyAction", PhoneCertification.ID).createForm(NO_MOBILE_TEMPLATE));
            return;
        }
        send(context, number);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String number = certifiedMobile(context.getUser());
        if (number == null) {
            authenticate(context);
            return;
        }
        SmsChallenge.Outcome outcome = form.containsKey("send") ? null : exchange(context).check(form.getFirst("code"));
        if (outcome == null) {
            send(context, number);
        } else if (outcome == SmsChallenge.Outcome.ACCEPTED) {
            RecentSecondFactor.proved(context.getAuthenticationSession());
            context.success();
        } else {
            context.getEvent().detail("cibtp_sms", outcome.name().toLowerCase(Locale.ROOT));
            LoginFormsProvider page = codeForm(context, number);
            if (outcome == SmsChallenge.Outcome.WRONG) {
                page.addError(new FormMessage("code", SmsCodeExchange.messageKey(outcome)));
            } else {
                page.setError(SmsCodeExchange.messageKey(outcome));
            }
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page.createForm(TEMPLATE));
        }
    }

    private void send(AuthenticationFlowContext context, String number) {
        try {
            SmsCodeExchange.Sent sent = exchange(context).send(context.getUser(), number);
            LoginFormsProvider page = codeForm(context, number);
            if (!sent.sent()) {
                page.setError("cibtpSmsResendTooSoon", sent.secondsToWait());
            }
            context.challenge(page.createForm(TEMPLATE));
        } catch (SmsDeliveryException e) {
            context.getEvent().detail("cibtp_sms", "not_sent").detail("reason", e.getMessage());
            context.failureChallenge(AuthenticationFlowError.INTERNAL_ERROR,
                    codeForm(context, number).setError(e.messageKey()).createForm(TEMPLATE));
        }
    }

    private static SmsCodeExchange exchange(AuthenticationFlowContext context) {
        return new SmsCodeExchange(context.getSession(), context.getRealm(), context.getAuthenticationSession(), CHALLENGE_NOTE);
    }

    private static LoginFormsProvider codeForm(AuthenticationFlowContext context, String number) {
        return context.form().setAttribute("cibtpMaskedMobile", PhoneCertification.masked(number));
    }

    static String certifiedMobile(UserModel user) {
        String number = user.getFirstAttribute(PhoneCertification.PHONE_NUMBER);
        return number != null && "true".equals(user.getFirstAttribute(PhoneCertification.PHONE_NUMBER_VERIFIED)) ? number : null;
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
