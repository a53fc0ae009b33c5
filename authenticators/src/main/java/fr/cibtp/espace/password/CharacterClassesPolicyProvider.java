package fr.cibtp.espace.password;

import org.keycloak.models.KeycloakContext;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyConfigException;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/** Refuses a password with characters from fewer classes than the realm's policy asks (see {@link CharacterClasses}). */
public class CharacterClassesPolicyProvider implements PasswordPolicyProvider {

    static final String ERROR_MESSAGE = "invalidPasswordCibtpCharacterClassesMessage";

    private final KeycloakContext context;

    public CharacterClassesPolicyProvider(KeycloakContext context) {
        this.context = context;
    }

    @Override
    public PolicyError validate(String username, String password) {
        int required = context.getRealm().getPasswordPolicy().getPolicyConfig(CharacterClassesPolicyProviderFactory.ID);
        return CharacterClasses.count(password) < required ? new PolicyError(ERROR_MESSAGE, required) : null;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return validate(user.getUsername(), password);
    }

    @Override
    public Object parseConfig(String value) {
        Integer required = parseInteger(value, CharacterClassesPolicyProviderFactory.DEFAULT_CLASSES);
        if (required < 1 || required > CharacterClasses.ALL) {
            throw new PasswordPolicyConfigException("Le nombre de classes de caractères doit être entre 1 et 4");
        }
        return required;
    }

    @Override
    public void close() {
    }
}
