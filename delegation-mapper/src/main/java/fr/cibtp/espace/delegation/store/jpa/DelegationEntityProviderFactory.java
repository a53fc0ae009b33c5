package fr.cibtp.espace.delegation.store.jpa;

import fr.cibtp.espace.schema.ModuleTables;

/** The delegation tables (a delegation, its collèges, its rights) and their changelog. */
public class DelegationEntityProviderFactory extends ModuleTables {

    public DelegationEntityProviderFactory() {
        super("cibtp-delegations", "META-INF/cibtp-delegation-changelog-master.xml", DelegationEntity.class);
    }
}
