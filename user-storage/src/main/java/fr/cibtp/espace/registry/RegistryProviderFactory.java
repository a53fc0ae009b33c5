package fr.cibtp.espace.registry;

import org.keycloak.provider.ProviderFactory;

public interface RegistryProviderFactory extends ProviderFactory<RegistryProvider> {
}
