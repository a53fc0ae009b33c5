package fr.cibtp.espace.settings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The settings one module brings to the "CIBTP" tab, found like Keycloak finds providers: a class named in the
 * module's {@code META-INF/services/fr.cibtp.espace.settings.SettingGroup}.
 */
public interface SettingGroup {

    /** Where the group shows in the tab: lower first. */
    int order();

    List<? extends Setting> settings();

    /** Secrets sent to an address (an operator's API key): changing the address clears them. */
    default Map<? extends Setting, ? extends Setting> secretsOfAddresses() {
        return Map.of();
    }

    /**
     * Why a value typed in the tab is refused (one sentence each, shown in the admin console); empty when all are
     * fine. Checked before the tab is saved or imported.
     */
    default List<String> refusals(CibtpSettings settings) {
        return List.of();
    }

    /**
     * Settings the login pages show, as realm attributes: a template reads the realm's attributes, not this tab.
     * Written each time the tab is saved or imported; an empty value removes the attribute.
     */
    default Map<String, String> pageAttributes(CibtpSettings settings) {
        return Map.of();
    }

    /** Every module's group, in the tab's order. */
    static List<SettingGroup> installed() {
        return ServiceLoader.load(SettingGroup.class, SettingGroup.class.getClassLoader()).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(SettingGroup::order)).toList();
    }
}
