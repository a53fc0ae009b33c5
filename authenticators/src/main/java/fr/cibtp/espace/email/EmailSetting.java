package fr.cibtp.espace.email;

import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingDefinition;

/** The periodic re-certification of the email address, and the mails a user may ask for. */
public enum EmailSetting implements Setting {

    RECERTIFICATION_DAYS(SettingDefinition.of("email-recertification-days", "Email re-certification period (days)",
            "Days after which an account must certify its email address again by clicking a link; until then it gets "
                    + "no token. Activation, reset by email link and email change each count as a certification.", "365")),
    RECERTIFICATION_GRACE_DAYS(SettingDefinition.of("email-recertification-grace-days", "Email re-certification grace (days)",
            "Days after the period during which the user still signs in, with a notice and a new link, before "
                    + "being blocked. 0: blocked as soon as the period is over.", "0")),
    EMAIL_CHANGE_DELAY_HOURS(SettingDefinition.of("email-change-delay-hours", "Email change without a certified mobile: delay (hours)",
            "An account without a certified mobile proves a change of address with its password only: the new address takes "
                    + "effect this many hours after the request, once its link is clicked, unless the old address cancels "
                    + "meanwhile; the old address may also confirm it at once.", "72")),
    USER_MAILS_PER_DAY(SettingDefinition.of("user-mails-per-day", "Mails a user may ask for in 24 hours",
            "Links and resends one account may have mailed in 24 hours, all pages together: password reset, lost mobile, "
                    + "email change and its resend, activation and re-certification links (sent at each sign-in until clicked). Beyond it nothing is sent (the password reset page answers as usual, so "
                    + "as not to tell which addresses have an account).", "10"));

    private final SettingDefinition definition;

    EmailSetting(SettingDefinition definition) {
        this.definition = definition;
    }

    @Override
    public SettingDefinition definition() {
        return definition;
    }
}
