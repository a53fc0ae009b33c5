package fr.cibtp.espace.look;

import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingDefinition;

/** Who the caisse is, on every sign-in page and at the top of every email: its name and its logo. */
public enum CaisseSetting implements Setting {

    NAME(SettingDefinition.of("caisse-name", "Caisse: name",
            "The caisse's name as its members know it, shown in the header of the sign-in pages and of every email.",
            "Congés Intempéries BTP – Caisse du Grand Est")),
    LOGO(SettingDefinition.of("caisse-logo-url", "Caisse: logo (URL)",
            "Address of the caisse's logo (https:// only, a PNG or SVG about 48 px high, on a white background), shown beside "
                    + "its name on the sign-in pages and in the emails. Blank: no logo.", ""));

    private final SettingDefinition definition;

    CaisseSetting(SettingDefinition definition) {
        this.definition = definition;
    }

    @Override
    public SettingDefinition definition() {
        return definition;
    }
}
