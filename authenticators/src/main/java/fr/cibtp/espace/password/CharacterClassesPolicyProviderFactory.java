package fr.cibtp.espace.password;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/** Admin console: Authentication, Policies, Password policy, "CIBTP character classes". */
public class CharacterClassesPolicyProviderFactory implements PasswordPolicyProviderFactory {

    public static final String ID = "cibtpCharacterClasses";
    static final int DEFAULT_CLASSES = 3;

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new CharacterClassesPolicyProvider(session.getContext());
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayName() {
        return "CIBTP character classes (of upper, lower, digit, special)";
    }

    @Override
    public String getConfigType() {
        return PasswordPolicyProvider.INT_CONFIG_TYPE;
    }

    @Override
    public String getDefaultConfigValue() {
        return Integer.toString(DEFAULT_CLASSES);
    }

    @Override
    public boolean isMultiplSupported() {
        return false;
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
}
