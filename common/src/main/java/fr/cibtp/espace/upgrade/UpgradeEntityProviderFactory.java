package fr.cibtp.espace.upgrade;

import fr.cibtp.espace.schema.ModuleTables;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.PostMigrationEvent;

/**
 * The record of each realm's upgrades, with its changelog; and the upgrade itself, run once the database is migrated
 * and the realm files imported (a realm imported at this start is upgraded too, which changes nothing).
 */
public class UpgradeEntityProviderFactory extends ModuleTables {

    public UpgradeEntityProviderFactory() {
        super("cibtp-upgrade", "META-INF/cibtp-upgrade-changelog-master.xml", RealmUpgradeEntity.class);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                RealmUpgrade.atStart(factory);
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                RealmUpgrade.forget(removed.getKeycloakSession(), removed.getRealm());
            }
        });
    }
}
