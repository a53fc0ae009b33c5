package fr.cibtp.espace.it.support;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The one server configuration of the suite (named in keycloak-test.properties), so that a single Keycloak start
 * serves every test class: all of this project's providers, as caisse IT deploys them. {@code @InjectRunOnServer} needs
 * nothing here: the framework adds its own remote providers, and the server fetches the lambdas' classes from the tests.
 */
public class CibtpServerConfig implements KeycloakServerConfig {

    public static final String GROUP_ID = "fr.cibtp.espace";

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        return config
                .dependency(GROUP_ID, "cibtp-common")
                .dependency(GROUP_ID, "cibtp-user-storage")
                .dependency(GROUP_ID, "cibtp-authenticators")
                .dependency(GROUP_ID, "cibtp-delegation-mapper")
                .dependency(GROUP_ID, "cibtp-themes")
                // start-dev reads every template, message bundle and style sheet again at each page; a caisse's server
                // (kc.sh start) keeps them, and so does this one.
                .option("spi-theme--cache-themes", "true")
                .option("spi-theme--cache-templates", "true")
                .option("spi-theme--static-max-age", "2592000");
    }
}
