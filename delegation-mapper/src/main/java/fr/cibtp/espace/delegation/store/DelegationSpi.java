package fr.cibtp.espace.delegation.store;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** SPI "cibtp-delegations": where delegations are stored (Keycloak's database by default). */
public class DelegationSpi implements Spi {

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return "cibtp-delegations";
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return DelegationProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return DelegationProviderFactory.class;
    }
}
