package fr.cibtp.espace.delegation.store;

import org.keycloak.provider.ProviderFactory;

public interface DelegationProviderFactory extends ProviderFactory<DelegationProvider> {
}
