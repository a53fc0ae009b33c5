package fr.cibtp.espace.delegation.service;

import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingDefinition;

/** The limits of delegating. */
public enum DelegationSetting implements Setting {

    INVITATIONS_PER_DAY(SettingDefinition.of("invitations-per-day", "Invitations by one administrator in 24 hours",
            "New accounts one administrator may invite by delegating to unknown email addresses in 24 hours (against "
                    + "using the invitation as a mail cannon); delegations to existing accounts are not counted.", "30")),
    INVITATIONS_PER_SITE_PER_DAY(SettingDefinition.of("invitations-per-site-per-day", "Invitations on one site in 24 hours",
            "New accounts all the administrators of one site together may invite in 24 hours: administrators given by "
                    + "delegation do not multiply the per-administrator limit.", "30")),
    INVITATIONS_PER_REALM_PER_DAY(SettingDefinition.of("invitations-per-realm-per-day", "Invitations in the realm per day",
            "New accounts invited in the whole realm on one caisse day, every site together: a stop to a flood of "
                    + "invitation mails, which would harm the caisse's sending reputation. Raise it for a launch.", "2000")),
    INVITATION_EXPIRY_DAYS(SettingDefinition.of("invitation-expiry-days", "Days before an unused invitation's account is removed",
            "An account made by an invitation whose link was never used (no password set) is removed after this many "
                    + "days, with the delegations made to it, by the daily job: its address is free again.", "30")),
    GRANT_SECOND_FACTOR_MINUTES(SettingDefinition.of("grant-second-factor-minutes", "Minutes an SMS code stays valid for granting power",
            "Giving or widening an administrator delegation, any mise_a_jour right or the cabinet's delegation needs an SMS "
                    + "code typed at most this many minutes before (the page asks for one; the API answers 401 asking "
                    + "acr_values=sms). Long enough to fill in a delegation after the code, short enough that a stolen "
                    + "session soon loses it.", "10"));

    private final SettingDefinition definition;

    DelegationSetting(SettingDefinition definition) {
        this.definition = definition;
    }

    @Override
    public SettingDefinition definition() {
        return definition;
    }
}
