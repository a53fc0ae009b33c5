package fr.cibtp.espace.registry.codes;

import java.util.List;

import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingGroup;

/** The registry's settings, first in the "CIBTP" tab. */
public class CodeSettings implements SettingGroup {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<? extends Setting> settings() {
        return List.of(CodeSetting.values());
    }
}
