package fr.cibtp.espace.sitechoice;

import fr.cibtp.espace.flow.RequiredActionStepFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;

/** Authentication → Required actions: "Changer de tiers (site déclarant)", started by portals with kc_action. */
public class SwitchSiteFactory extends RequiredActionStepFactory {

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
}
