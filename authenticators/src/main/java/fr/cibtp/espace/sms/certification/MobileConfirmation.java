package fr.cibtp.espace.sms.certification;

import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.cibtp.espace.email.MailBudget;
import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.sms.code.SmsChallenge;
import fr.cibtp.espace.sms.code.SmsCodeExchange;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/**
 * The SMS step-up of a sensitive change (replacing the certified mobile, changing the email): a code sent to the
 * account's certified mobile, typed back in this authentication session. A user who lost that phone asks "Je n'ai
 * plus accès à ce mobile", which mails a link to the account's address. Accounts without a certified mobile skip it.
 */
public final class MobileConfirmation {

    static final String TEMPLATE = "cibtp-mobile-confirmation.ftl";

    private final RequiredActionContext context;
    private final String confirmedNote;
    private final String challengeNote;
    private final String titleKey;

    /**
     * @param purpose  names the notes of this confirmation: one for each action, never shared
     * @param titleKey the message heading the pages, the action's own title
     */
    public MobileConfirmation(RequiredActionContext context, String purpose, String titleKey) {
        this.context = context;
        this.confirmedNote = "cibtp." + purpose + ".mobile-confirmed";
        this.challengeNote = "cibtp." + purpose + ".mobile-challenge";
        this.titleKey = titleKey;
    }

    /** Whether the account has a certified mobile that has not yet answered in this authentication session. */
    public boolean pending() {
        return Mobiles.certified(context.getUser()) != null && context.getAuthenticationSession().getAuthNote(confirmedNote) == null;
    }

    /** Forgets the confirmation once the change it allowed is done. */
    public void spend() {
        context.getAuthenticationSession().removeAuthNote(confirmedNote);
    }

    public void challenge() {
        context.challenge(page("current").createForm(TEMPLATE));
    }

    /** Takes a post of the confirmation pages; true once the mobile answered (the caller then shows its own form). */
    public boolean process(MultivaluedMap<String, String> form) {
        if (form.containsKey("lost")) {
            sendResetLink();
        } else if (form.containsKey("code") && !form.containsKey("send")) {
            return checkCode(form.getFirst("code"));
        } else {
            sendCode();
        }
        return false;
    }

    private SmsCodeExchange exchange() {
        return new SmsCodeExchange(context.getSession(), context.getRealm(), context.getAuthenticationSession(), challengeNote);
    }

    private void sendCode() {
        String current = Mobiles.certified(context.getUser());
        try {
            SmsCodeExchange.Sent sent = exchange().send(context.getUser(), current);
            LoginFormsProvider page = page("currentCode");
            if (!sent.sent()) {
                page.setError("cibtpSmsResendTooSoon", sent.secondsToWait());
            } else {
                context.getEvent().clone().detail("cibtp_sms", "sent_to_current").detail("phone", PhoneNumbers.masked(current)).success();
                page.setSuccess("cibtpSmsCodeSent", PhoneNumbers.maskedOnOneLine(current));
            }
            context.challenge(page.createForm(TEMPLATE));
        } catch (SmsDeliveryException e) {
            context.getEvent().clone().detail("cibtp_sms", "not_sent").detail("reason", e.getMessage()).error(e.messageKey());
            context.challenge(page("current").setError(e.messageKey()).createForm(TEMPLATE));
        }
    }

    private boolean checkCode(String typed) {
        SmsChallenge.Outcome outcome = exchange().check(typed);
        if (outcome == null) {
            challenge();
            return false;
        }
        if (outcome == SmsChallenge.Outcome.ACCEPTED) {
            context.getAuthenticationSession().setAuthNote(confirmedNote, "true");
            context.getEvent().clone().detail("cibtp_sms", "current_confirmed").success();
            return true;
        }
        context.getEvent().clone().detail("cibtp_sms", "current_" + outcome.name().toLowerCase(Locale.ROOT)).error(Errors.INVALID_CODE);
        LoginFormsProvider page = page("currentCode");
        if (outcome == SmsChallenge.Outcome.WRONG) {
            page.addError(new FormMessage("code", SmsCodeExchange.messageKey(outcome)));
        } else {
            page.setError(SmsCodeExchange.messageKey(outcome));
        }
        context.challenge(page.createForm(TEMPLATE));
        return false;
    }

    private void sendResetLink() {
        if (!MailBudget.take(context.getSession(), context.getRealm(), context.getUser())) {
            context.getEvent().clone().detail("cibtp_sms", "reset_link_not_sent").error("cibtp_user_mails_per_day");
            context.challenge(page("linkSent").setError("cibtpUserMailsPerDayReached").createForm(TEMPLATE));
            return;
        }
        boolean sent = Mobiles.sendResetLink(context.getSession(), context.getRealm(), context.getUser(),
                context.getAuthenticationSession(), context.getUriInfo());
        context.getEvent().clone().detail("cibtp_sms", sent ? "reset_link_sent" : "reset_link_not_sent").success();
        LoginFormsProvider page = page("linkSent");
        if (sent) {
            page.setAttribute("cibtpEmail", context.getUser().getEmail());
        } else {
            page.setError("cibtpMobileResetLinkNotSent");
        }
        context.challenge(page.createForm(TEMPLATE));
    }

    /** "current" (send the code), "currentCode" (type it) or "linkSent". */
    private LoginFormsProvider page(String step) {
        return context.form().setAttribute("cibtpStep", step).setAttribute("cibtpTitle", titleKey)
                .setAttribute("cibtpMaskedMobile", PhoneNumbers.maskedOnOneLine(Mobiles.certified(context.getUser())));
    }
}
