package fr.cibtp.espace.rights.api;

import fr.cibtp.espace.rights.RightsCatalogue;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** {@code /realms/{realm}/cibtp-delegations}: the delegation API. */
public class DelegationResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "cibtp-delegations";
    /** The shipped catalogue, read once: configuration, the same on every node. */
    private RightsCatalogue catalogue;

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new DelegationResource(session, catalogue);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        catalogue = RightsCatalogue.shipped();
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
