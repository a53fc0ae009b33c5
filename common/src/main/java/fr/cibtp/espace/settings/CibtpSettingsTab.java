package fr.cibtp.espace.settings;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.keycloak.Config;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.ui.extend.UiTabProvider;
import org.keycloak.services.ui.extend.UiTabProviderFactory;

/** Adds the "CIBTP" tab to Realm settings in the admin console, where the caisse edits {@link Setting}s. */
public class CibtpSettingsTab implements UiTabProvider, UiTabProviderFactory<ComponentModel> {

    public static final String ID = "CIBTP";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getPath() {
        return "/:realm/realm-settings/:tab?";
    }

    @Override
    public Map<String, String> getParams() {
        return Map.of("tab", "cibtp");
    }

    @Override
    public String getHelpText() {
        return "Settings of the CIBTP Espace sécurisé extensions: provisional codes, the limits of each step, and the help links of the sign-in pages.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return SettingGroup.installed().stream().flatMap(group -> group.settings().stream())
                .map(setting -> setting.definition().toProperty()).toList();
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public ComponentModel create(KeycloakSession session, ComponentModel model) {
        return model;
    }

    /**
     * Refuses mistyped values that a page would show (help links), then publishes those to the login pages as realm
     * attributes. Runs when the tab is saved and when the realm is imported.
     */
    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model) {
        CibtpSettings settings = CibtpSettings.fromComponent(model);
        List<SettingGroup> groups = SettingGroup.installed();
        List<String> refused = groups.stream().flatMap(group -> group.refusals(settings).stream()).toList();
        if (!refused.isEmpty()) {
            throw new ComponentValidationException(String.join(" ", refused));
        }
        clearMovedSecrets(realm, model);
        groups.forEach(group -> group.pageAttributes(settings).forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                realm.removeAttribute(name);
            } else {
                realm.setAttribute(name, value);
            }
        }));
    }

    /**
     * A gateway's secret goes only to the address it was set for: changing the address without typing the secret
     * again clears it, so a realm administrator cannot redirect the operator's API key to a server of their own.
     */
    private static void clearMovedSecrets(RealmModel realm, ComponentModel model) {
        ComponentModel stored = model.getId() == null ? null : realm.getComponent(model.getId());
        if (stored == null) {
            return;
        }
        SettingGroup.installed().stream().flatMap(group -> group.secretsOfAddresses().entrySet().stream()).forEach(pair -> {
            Setting address = pair.getKey();
            Setting secret = pair.getValue();
            if (!Objects.equals(stored.get(address.key()), model.get(address.key()))
                    && Objects.equals(stored.get(secret.key()), model.get(secret.key()))) {
                model.getConfig().putSingle(secret.key(), "");
            }
        });
    }
}
