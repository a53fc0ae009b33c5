package fr.cibtp.espace.sms.stepup;

import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.cibtp.espace.limits.Slots;
import fr.cibtp.espace.passkey.PasskeyStepUp;
import fr.cibtp.espace.passkey.Passkeys;
import fr.cibtp.espace.secondfactor.RecentSecondFactor;
import fr.cibtp.espace.secondfactor.SignInMethods;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.sms.SmsSetting;
import fr.cibtp.espace.sms.certification.PhoneCertification;
import fr.cibtp.espace.sms.code.SmsChallenge;
import fr.cibtp.espace.sms.code.SmsCodeExchange;
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
 * {@code acr_values=sms}; success gives the level the realm maps to "sms". The page first says why a code is asked
 * and sends it on the user's click, at most {@code sms-step-up-sends} per sign-in: opening the page spends nothing of
 * the mobile's hourly SMS. Without a certified mobile, a page says how to certify one.
 */
public class SmsOtpAuthenticator implements Authenticator {

    static final String TEMPLATE = "cibtp-sms-otp.ftl";
    static final String NO_MOBILE_TEMPLATE = "cibtp-sms-otp-no-mobile.ftl";
    private static final String CHALLENGE_NOTE = "cibtp.stepup.challenge";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (PasskeyStepUp.signedInWithPasskey(context)) {
            PasskeyStepUp.provedBySignIn(context);
            return;
        }
        String number = certifiedMobile(context.getUser());
        if (number == null && !Passkeys.any(context.getUser())) {
            context.getEvent().detail("cibtp_sms", "no_certified_mobile");
            context.failureChallenge(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED,
                    context.form().setAttribute("cibtpCertifyAction", PhoneCertification.ID).createForm(NO_MOBILE_TEMPLATE));
            return;
        }
        context.challenge(page(context, number, step(context, number)).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (PasskeyStepUp.posted(form) && Passkeys.any(context.getUser())) {
            passkey(context).check(context);
            return;
        }
        String number = certifiedMobile(context.getUser());
        if (number == null) {
            authenticate(context);
            return;
        }
        if (form.containsKey("send")) {
            send(context, number);
            return;
        }
        SmsChallenge.Outcome outcome = exchange(context).check(form.getFirst("code"));
        if (outcome == null) {
            context.challenge(sendStep(context, number).createForm(TEMPLATE));
        } else if (outcome == SmsChallenge.Outcome.ACCEPTED) {
            RecentSecondFactor.proved(context.getAuthenticationSession());
            SignInMethods.SMS.steppedUp(context.getAuthenticationSession());
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

    private static PasskeyStepUp passkey(AuthenticationFlowContext context) {
        return new PasskeyStepUp(context.getSession(), (again, messageKey) -> {
            String number = certifiedMobile(again.getUser());
            return page(again, number, step(again, number)).setError(messageKey).createForm(TEMPLATE);
        });
    }

    /** Where the step-up page stands: the passkey alone without a mobile, else the code sent or the button that sends it. */
    private static String step(AuthenticationFlowContext context, String number) {
        return number == null ? "passkey" : exchange(context).pending() ? "code" : "send";
    }

    /**
     * The step-up page at {@code step}: "send" (why a code is asked, and its button), "code" (the code sent), "passkey"
     * (no certified mobile: the passkey alone); with the passkey's button when the account has one.
     */
    private static LoginFormsProvider page(AuthenticationFlowContext context, String number, String step) {
        LoginFormsProvider page = context.form().setAttribute("cibtpStep", step);
        if (number != null) {
            page.setAttribute("cibtpMaskedMobile", PhoneNumbers.maskedOnOneLine(number));
        } else {
            page.setAttribute("cibtpCertifyAction", PhoneCertification.ID);
        }
        if (Passkeys.any(context.getUser())) {
            LoginFormsProvider offered = passkey(context).offer(context);
            if (offered != null) {
                page = offered.setAttribute("cibtpPasskey", true);
            }
        }
        return page;
    }

    private void send(AuthenticationFlowContext context, String number) {
        int perSignIn = CibtpSettings.of(context.getRealm()).positive(SmsSetting.STEP_UP_SENDS);
        AuthenticationSessionModel signIn = context.getAuthenticationSession();
        Slots sends = Slots.perDay(context.getSession(), context.getRealm(), "sms-step-up",
                signIn.getParentSession().getId() + "." + signIn.getTabId(), perSignIn);
        String slot = sends.take();
        boolean pending = exchange(context).pending();
        if (slot == null) {
            context.getEvent().detail("cibtp_sms", "sends_exhausted");
            LoginFormsProvider page = pending ? codeForm(context, number) : sendStep(context, number);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                    page.setError("cibtpSmsSendsPerSignInReached").createForm(TEMPLATE));
            return;
        }
        try {
            SmsCodeExchange.Sent sent = exchange(context).send(context.getUser(), number);
            LoginFormsProvider page = codeForm(context, number);
            if (!sent.sent()) {
                // Nothing was sent: the code already sent stays valid, and the sign-in keeps its send.
                sends.giveBack(slot);
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
        return page(context, number, "code");
    }

    /** Why a code is asked, and the button that sends it. */
    private static LoginFormsProvider sendStep(AuthenticationFlowContext context, String number) {
        return page(context, number, "send");
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
