package fr.cibtp.espace.help;

import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingDefinition;

/**
 * "Besoin d'aide ?" on the sign-in pages: the caisse's guides, the accounting firms' tutorial and its phone line.
 * Defaults: the "Services en ligne" pages and the first-connection line that the caisse's launch material names.
 */
public enum HelpSetting implements Setting {

    GUIDE_ENTREPRISE(SettingDefinition.of("help-guide-entreprise-url", "Help: guide for companies (URL)",
            "Address of the Espace sécurisé entreprise guide, linked from the entreprise sign-in pages. http:// or "
                    + "https:// only; - hides the link.", "https://www.cibtp-grandest.fr/entreprise/vos-services-en-ligne")),
    GUIDE_SALARIE(SettingDefinition.of("help-guide-salarie-url", "Help: guide for employees (URL)",
            "Address of the Espace sécurisé salarié guide, linked from the salarié sign-in pages. http:// or https:// "
                    + "only; - hides the link.", "https://www.cibtp-grandest.fr/salarie/vos-services-en-ligne")),
    CABINET_TUTORIAL(SettingDefinition.of("help-cabinet-tutorial-url", "Help: tutorial for accounting firms (URL)",
            "Address of the first-connection tutorial for accounting firms, linked from the entreprise sign-in pages. "
                    + "http:// or https:// only; - hides the link.", "https://www.cibtp-grandest.fr/entreprise/vos-services-en-ligne")),
    PHONE(SettingDefinition.of("help-phone", "Help: phone line",
            "The caisse's phone number for help with the Espace sécurisé, as shown (digits, spaces, dots, dashes, a "
                    + "leading +); the page links it as tel:. - hides it.", "03 83 93 43 43"));

    private final SettingDefinition definition;

    HelpSetting(SettingDefinition definition) {
        this.definition = definition;
    }

    @Override
    public SettingDefinition definition() {
        return definition;
    }
}
