package fr.cibtp.espace.sitechoice;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Authentication → Required actions: "Changer de tiers (site déclarant)", started by portals with kc_action. */
public class SwitchSiteFactory implements RequiredActionFactory {

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new SwitchSite();
    }

    @Override
    public String getId() {
        return SwitchSite.ID;
    }

    @Override
    public String getDisplayText() {
        return "Changer de tiers (site déclarant)";
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
}
