package fr.cibtp.espace.delegation.service;

import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingDefinition;

/** The limits of delegating. */
public enum DelegationSetting implements Setting {

    INVITATIONS_PER_DAY(SettingDefinition.of("invitations-per-day", "Invitations by one administrator in 24 hours",
            "New accounts one administrator may invite by delegating to unknown email addresses in 24 hours (against "
                    + "using the invitation as a mail cannon); delegations to existing accounts are not counted.", "30")),
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
