package fr.cibtp.espace.registry.jpa;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/** Adds the registry's tables to Keycloak's database, created and upgraded by our Liquibase changelog. */
public class RegistryEntityProvider implements JpaEntityProvider {

    @Override
    public List<Class<?>> getEntities() {
        return List.of(CabinetEntity.class, AdherentEntity.class, SiteEntity.class, SalarieEntity.class,
                ProvisionalCodeEntity.class, CodeRequestEntity.class, AccountLinkEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/cibtp-changelog-master.xml";
    }

    @Override
    public String getFactoryId() {
        return RegistryEntityProviderFactory.ID;
    }

    @Override
    public void close() {
    }
}
