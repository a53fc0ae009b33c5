package fr.cibtp.espace.settings;

import java.util.List;

import org.keycloak.provider.ProviderConfigProperty;

/** A setting as the admin console shows it: key, label, help text, safe default, and its choices or secrecy. */
public record SettingDefinition(String key, String label, String helpText, String defaultValue, List<String> options, boolean secret) {

    public static SettingDefinition of(String key, String label, String helpText, String defaultValue) {
        return new SettingDefinition(key, label, helpText, defaultValue, null, false);
    }

    public static SettingDefinition choice(String key, String label, String helpText, String defaultValue, List<String> options) {
        return new SettingDefinition(key, label, helpText, defaultValue, options, false);
    }

    /** Stored as a secret: the admin console never shows it back. */
    public static SettingDefinition secret(String key, String label, String helpText, String defaultValue) {
        return new SettingDefinition(key, label, helpText, defaultValue, null, true);
    }

    ProviderConfigProperty toProperty() {
        String help = defaultValue.isEmpty() ? helpText : helpText + " Default: " + defaultValue + ".";
        ProviderConfigProperty property = new ProviderConfigProperty(key, label, help,
                options != null ? ProviderConfigProperty.LIST_TYPE
                        : secret ? ProviderConfigProperty.PASSWORD : ProviderConfigProperty.STRING_TYPE, defaultValue);
        if (options != null) {
            property.setOptions(options);
        }
        property.setSecret(secret);
        return property;
    }
}
