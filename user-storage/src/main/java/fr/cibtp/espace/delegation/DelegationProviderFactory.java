package fr.cibtp.espace.delegation;

import org.keycloak.provider.ProviderFactory;

public interface DelegationProviderFactory extends ProviderFactory<DelegationProvider> {
}
