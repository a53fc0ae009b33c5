package fr.cibtp.espace.settings;

import java.util.Map;

import org.keycloak.component.ComponentModel;
import org.keycloak.models.RealmModel;
import org.keycloak.services.ui.extend.UiTabProvider;

/**
 * The realm's CIBTP settings, edited in the admin console (Realm settings, tab "CIBTP"), each with a safe default
 * when the caisse has not set it. Read through Keycloak's realm cache, so reading them costs no query.
 */
public final class CibtpSettings {

    private final Map<String, String> values;

    CibtpSettings(Map<String, String> values) {
        this.values = values;
    }

    public static CibtpSettings of(RealmModel realm) {
        return realm.getComponentsStream(realm.getId(), UiTabProvider.class.getName())
                .filter(c -> CibtpSettingsTab.ID.equals(c.getProviderId()))
                .findFirst()
                .map(CibtpSettings::fromComponent)
                .orElseGet(() -> new CibtpSettings(Map.of()));
    }

    /** The settings as the tab holds them, before they are stored (checked and published to the pages). */
    static CibtpSettings fromComponent(ComponentModel component) {
        Map<String, String> read = new java.util.HashMap<>();
        component.getConfig().forEach((key, list) -> {
            if (list != null && !list.isEmpty()) {
                read.put(key, list.get(0));
            }
        });
        return ofValues(read);
    }

    /** Settings from typed values (the tab's, or a test's): a blank value falls back to its default. */
    public static CibtpSettings ofValues(Map<String, String> typed) {
        Map<String, String> read = new java.util.HashMap<>();
        typed.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                read.put(key, value.strip());
            }
        });
        return new CibtpSettings(read);
    }

    /** The value the caisse set, or the default. */
    public String string(Setting setting) {
        return values.getOrDefault(setting.key(), setting.defaultValue());
    }

    /** A mistyped value falls back to the default rather than weakening a limit. */
    public int positive(Setting setting) {
        String value = values.get(setting.key());
        if (value != null) {
            try {
                int parsed = Integer.parseInt(value);
                if (parsed > 0) {
                    return parsed;
                }
            } catch (NumberFormatException ignored) {
                // default below
            }
        }
        return Integer.parseInt(setting.defaultValue());
    }
}
