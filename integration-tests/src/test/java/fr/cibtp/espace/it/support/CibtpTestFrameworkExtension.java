package fr.cibtp.espace.it.support;

import java.util.List;

import org.keycloak.testframework.TestFrameworkExtension;
import org.keycloak.testframework.injection.Supplier;

/** Adds this project's test resources to the Keycloak test framework (found through ServiceLoader). */
public class CibtpTestFrameworkExtension implements TestFrameworkExtension {

    @Override
    public List<Supplier<?, ?>> suppliers() {
        return List.of(new SmsGatewaySupplier());
    }
}
