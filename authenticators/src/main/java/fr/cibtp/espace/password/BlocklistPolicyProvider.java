package fr.cibtp.espace.password;

import java.util.Arrays;
import java.util.List;

import org.keycloak.models.KeycloakContext;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/** Refuses common passwords and passwords containing the realm's forbidden words. */
public class BlocklistPolicyProvider implements PasswordPolicyProvider {

    static final String COMMON_MESSAGE = "invalidPasswordCibtpCommonMessage";
    static final String FORBIDDEN_WORD_MESSAGE = "invalidPasswordCibtpForbiddenWordMessage";

    private final KeycloakContext context;
    private final Blocklist blocklist;

    public BlocklistPolicyProvider(KeycloakContext context, Blocklist blocklist) {
        this.context = context;
        this.blocklist = blocklist;
    }

    @Override
    public PolicyError validate(String username, String password) {
        if (blocklist.isCommon(password)) {
            return new PolicyError(COMMON_MESSAGE);
        }
        List<String> forbiddenWords = context.getRealm().getPasswordPolicy().getPolicyConfig(BlocklistPolicyProviderFactory.ID);
        String word = Blocklist.forbiddenWordIn(password, forbiddenWords);
        return word != null ? new PolicyError(FORBIDDEN_WORD_MESSAGE, word) : null;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return validate(user.getUsername(), password);
    }

    @Override
    public Object parseConfig(String value) {
        String words = value == null || value.isBlank() ? BlocklistPolicyProviderFactory.DEFAULT_WORDS : value;
        return Arrays.stream(words.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    @Override
    public void close() {
    }
}
