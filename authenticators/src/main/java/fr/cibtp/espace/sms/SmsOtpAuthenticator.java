package fr.cibtp.espace.sms;

import java.security.SecureRandom;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.settings.Setting;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

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
        if (form.containsKey("send")) {
            send(context, number);
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        SmsChallenge challenge = SmsChallenge.fromNote(authSession.getAuthNote(CHALLENGE_NOTE));
        if (challenge == null) {
            send(context, number);
            return;
        }
        CibtpSettings settings = CibtpSettings.of(context.getRealm());
        SmsChallenge.Outcome outcome = challenge.check(form.getFirst("code"), System.currentTimeMillis(),
                settings.positive(Setting.SMS_CODE_MAX_TRIES));
        if (outcome == SmsChallenge.Outcome.ACCEPTED) {
            authSession.removeAuthNote(CHALLENGE_NOTE);
            context.success();
            return;
        }
        authSession.setAuthNote(CHALLENGE_NOTE, challenge.withWrongTry().toNote());
        context.getEvent().detail("cibtp_sms", outcome.name().toLowerCase(java.util.Locale.ROOT));
        LoginFormsProvider page = codeForm(context, number);
        if (outcome == SmsChallenge.Outcome.WRONG) {
            page.addError(new FormMessage("code", "cibtpSmsCodeWrong"));
        } else {
            page.setError(outcome == SmsChallenge.Outcome.EXPIRED ? "cibtpSmsCodeExpired" : "cibtpSmsCodeExhausted");
        }
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page.createForm(TEMPLATE));
    }

    private void send(AuthenticationFlowContext context, String number) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        CibtpSettings settings = CibtpSettings.of(context.getRealm());
        long now = System.currentTimeMillis();
        long resendMillis = settings.positive(Setting.SMS_RESEND_SECONDS) * 1000L;
        SmsChallenge previous = SmsChallenge.fromNote(authSession.getAuthNote(CHALLENGE_NOTE));
        if (previous != null && !previous.canResendAt(now, resendMillis)) {
            context.challenge(codeForm(context, number).setError("cibtpSmsResendTooSoon",
                    previous.secondsBeforeResend(now, resendMillis)).createForm(TEMPLATE));
            return;
        }
        SmsChallenge challenge = SmsChallenge.issue(new SecureRandom(), settings.positive(Setting.SMS_CODE_DIGITS), now,
                settings.positive(Setting.SMS_CODE_LIFETIME_SECONDS) * 1000L);
        try {
            new SmsGateway(context.getSession()).send(context.getRealm(), context.getUser().getId(), number,
                    SmsTexts.code(context.getSession(), context.getRealm(), context.getUser(), challenge, settings));
            authSession.setAuthNote(CHALLENGE_NOTE, challenge.toNote());
            context.challenge(codeForm(context, number).createForm(TEMPLATE));
        } catch (SmsDeliveryException e) {
            context.getEvent().detail("cibtp_sms", "not_sent").detail("reason", e.getMessage());
            context.failureChallenge(AuthenticationFlowError.INTERNAL_ERROR,
                    codeForm(context, number).setError(e.messageKey()).createForm(TEMPLATE));
        }
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
