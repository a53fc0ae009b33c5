package fr.cibtp.espace.delegation.service;

import java.util.List;

import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingGroup;

/** The delegations' settings, last in the "CIBTP" tab. */
public class DelegationSettings implements SettingGroup {

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<? extends Setting> settings() {
        return List.of(DelegationSetting.values());
    }
}
