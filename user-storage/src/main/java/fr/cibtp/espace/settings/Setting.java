package fr.cibtp.espace.settings;

import org.keycloak.provider.ProviderConfigProperty;

/** Every tunable of the CIBTP extensions, with its admin-console label, help text and default. */
public enum Setting {

    CODE_LIFETIME_DAYS("cibtp.code.lifetime.days", "Provisional code lifetime (days)",
            "Days a provisional confidential code stays valid after it is issued.", "90"),
    MAX_WRONG_CODES("cibtp.code.max.wrong", "Wrong codes before lock",
            "Wrong identifiant/SIRET/code attempts after which a précompte is locked until a new code is issued.", "5"),
    CODE_HASH_ITERATIONS("cibtp.code.hash.iterations", "Provisional code hash iterations",
            "PBKDF2-SHA512 iterations of the stored code hashes. Codes carry about 59 random bits and lock after a "
                    + "few tries, so fewer iterations than for passwords keep the issuance of thousands of codes fast.",
            "20000");

    private final String key;
    private final String label;
    private final String helpText;
    private final String defaultValue;

    Setting(String key, String label, String helpText, String defaultValue) {
        this.key = key;
        this.label = label;
        this.helpText = helpText;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    ProviderConfigProperty toProperty() {
        return new ProviderConfigProperty(key, label, helpText + " Default: " + defaultValue + ".",
                ProviderConfigProperty.STRING_TYPE, defaultValue);
    }
}
