package fr.cibtp.espace.delegation.service;

import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingDefinition;

/** The limits of delegating. */
public enum DelegationSetting implements Setting {

    INVITATIONS_PER_DAY(SettingDefinition.of("invitations-per-day", "Invitations by one administrator in 24 hours",
            "New accounts one administrator may invite by delegating to unknown email addresses in 24 hours (against "
                    + "using the invitation as a mail cannon); delegations to existing accounts are not counted.", "30"));

    private final SettingDefinition definition;

    DelegationSetting(SettingDefinition definition) {
        this.definition = definition;
    }

    @Override
    public SettingDefinition definition() {
        return definition;
    }
}
