package fr.cibtp.espace.sms;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** The SMS send log's table in Keycloak's database, with its own Liquibase changelog. */
public class SmsEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String ID = "cibtp-sms";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return new JpaEntityProvider() {
            @Override
            public List<Class<?>> getEntities() {
                return List.of(SmsSendEntity.class, SmsLimitEntity.class);
            }

            @Override
            public String getChangelogLocation() {
                return "META-INF/cibtp-sms-changelog-master.xml";
            }

            @Override
            public String getFactoryId() {
                return ID;
            }

            @Override
            public void close() {
            }
        };
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
    public String getId() {
        return ID;
    }
}
