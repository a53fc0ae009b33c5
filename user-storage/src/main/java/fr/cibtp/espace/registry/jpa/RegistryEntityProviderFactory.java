package fr.cibtp.espace.registry.jpa;

import fr.cibtp.espace.schema.ModuleTables;

/** The registry's tables and their changelog (cabinets, adhérents, sites, salariés, codes and their locks, requests, account links). */
public class RegistryEntityProviderFactory extends ModuleTables {

    public RegistryEntityProviderFactory() {
        super("cibtp-registry", "META-INF/cibtp-changelog-master.xml", CabinetEntity.class, AdherentEntity.class, SiteEntity.class,
                SalarieEntity.class, ProvisionalCodeEntity.class, CodeLockEntity.class, CodeRequestEntity.class, AccountLinkEntity.class);
    }
}
