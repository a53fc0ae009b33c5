package fr.cibtp.espace.sms.certification;

import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.sms.code.SmsChallenge;
import fr.cibtp.espace.sms.code.SmsCodeExchange;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * "Certification du numéro de téléphone": the user gives a mobile number, receives a code by SMS and types it; the
 * number is then the account's certified mobile ({@code phoneNumber}, {@code phoneNumberVerified}, read by the
 * {@code phone} client scope into {@code phone_number} and {@code phone_number_verified}). This action is the only
 * writer of the mobile for the user. An account that already has a certified mobile first types a code sent to it
 * (or, having lost it, follows a link sent to its email); the old number and the email are told of every change.
 */
public class PhoneCertification implements RequiredActionProvider {

    public static final String ID = "cibtp-phone-certification";
    public static final String PHONE_NUMBER = "phoneNumber";
    public static final String PHONE_NUMBER_VERIFIED = "phoneNumberVerified";
    public static final String CERTIFIED_AT = "phoneNumberCertifiedAt";
    static final String TEMPLATE = "cibtp-phone-certification.ftl";
    private static final String CHALLENGE_NOTE = "cibtp.certification.challenge";
    private static final String NUMBER_NOTE = "cibtp.certification.number";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        MobileConfirmation current = currentMobile(context);
        if (current.pending()) {
            current.challenge();
            return;
        }
        context.challenge(numberForm(context, context.getUser().getFirstAttribute(PHONE_NUMBER)).createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        MobileConfirmation current = currentMobile(context);
        if (current.pending()) {
            if (current.process(form)) {
                context.challenge(numberForm(context, "").setSuccess("cibtpCurrentMobileConfirmed").createForm(TEMPLATE));
            }
            return;
        }
        if (form.containsKey("code") && !form.containsKey("send")) {
            checkCode(context, form.getFirst("code"));
        } else {
            sendCode(context, form.getFirst("mobile"));
        }
    }

    private void sendCode(RequiredActionContext context, String typedNumber) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        try {
            SmsCodeExchange.Sent sent = exchange(context).send(context.getUser(), typedNumber);
            if (!sent.sent()) {
                context.challenge(codeForm(context, authSession.getAuthNote(NUMBER_NOTE))
                        .setError("cibtpSmsResendTooSoon", sent.secondsToWait()).createForm(TEMPLATE));
                return;
            }
            authSession.setAuthNote(NUMBER_NOTE, sent.number());
            context.getEvent().clone().detail("cibtp_sms", "sent").detail("phone", PhoneNumbers.masked(sent.number())).success();
            context.challenge(codeForm(context, sent.number()).setSuccess("cibtpSmsCodeSent", PhoneNumbers.maskedOnOneLine(sent.number())).createForm(TEMPLATE));
        } catch (SmsDeliveryException e) {
            context.getEvent().clone().detail("cibtp_sms", "not_sent").detail("reason", e.getMessage()).error(e.messageKey());
            context.challenge(numberForm(context, typedNumber).addError(new FormMessage("mobile", e.messageKey())).createForm(TEMPLATE));
        }
    }

    private void checkCode(RequiredActionContext context, String typedCode) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String number = authSession.getAuthNote(NUMBER_NOTE);
        SmsChallenge.Outcome outcome = number == null ? null : exchange(context).check(typedCode);
        if (outcome == null) {
            requiredActionChallenge(context);
            return;
        }
        if (outcome == SmsChallenge.Outcome.ACCEPTED) {
            UserModel user = context.getUser();
            String previous = Mobiles.certified(user);
            Mobiles.certify(user, number);
            authSession.removeAuthNote(NUMBER_NOTE);
            currentMobile(context).spend();
            context.getEvent().detail("cibtp_sms", "certified").detail("phone", PhoneNumbers.masked(number));
            if (previous != null && !previous.equals(number)) {
                Mobiles.tellOfChange(context.getSession(), context.getRealm(), user, previous, number);
            }
            context.success();
            return;
        }
        context.getEvent().clone().detail("cibtp_sms", outcome.name().toLowerCase(Locale.ROOT)).error(Errors.INVALID_CODE);
        LoginFormsProvider page = codeForm(context, number);
        if (outcome == SmsChallenge.Outcome.WRONG) {
            page.addError(new FormMessage("code", SmsCodeExchange.messageKey(outcome)));
        } else {
            page.setError(SmsCodeExchange.messageKey(outcome));
        }
        context.challenge(page.createForm(TEMPLATE));
    }

    private static SmsCodeExchange exchange(RequiredActionContext context) {
        return new SmsCodeExchange(context.getSession(), context.getRealm(), context.getAuthenticationSession(), CHALLENGE_NOTE);
    }

    /** Replacing a certified mobile first needs a code sent to it (or the link for a lost phone). */
    private static MobileConfirmation currentMobile(RequiredActionContext context) {
        return new MobileConfirmation(context, "certification", "cibtpPhoneCertificationTitle");
    }

    private static LoginFormsProvider numberForm(RequiredActionContext context, String number) {
        return context.form().setAttribute("cibtpStep", "number").setAttribute("cibtpMobile", number == null ? "" : number);
    }

    private static LoginFormsProvider codeForm(RequiredActionContext context, String number) {
        return context.form().setAttribute("cibtpStep", "code").setAttribute("cibtpMobile", number)
                .setAttribute("cibtpMaskedMobile", PhoneNumbers.maskedOnOneLine(number));
    }

    @Override
    public void close() {
    }
}
