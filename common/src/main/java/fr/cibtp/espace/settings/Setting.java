package fr.cibtp.espace.settings;

/**
 * A tunable of the CIBTP extensions, edited in the admin console (Realm settings, tab "CIBTP"). Each capability
 * declares its own as an enum next to the code that reads them, and lists them in a {@link SettingGroup}.
 */
public interface Setting {

    SettingDefinition definition();

    default String key() {
        return definition().key();
    }

    default String defaultValue() {
        return definition().defaultValue();
    }
}
