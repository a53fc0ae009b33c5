package fr.cibtp.espace.password;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/**
 * Admin console: Authentication, Policies, Password policy, "CIBTP blocklist"; its value is the comma-separated
 * list of words no password may contain. The common-password list ships in this jar, so unlike Keycloak's own
 * "Password Blacklist" nothing has to be copied to the server's disk.
 */
public class BlocklistPolicyProviderFactory implements PasswordPolicyProviderFactory {

    public static final String ID = "cibtpBlocklist";
    static final String DEFAULT_WORDS = "cibtp,btp,intemperies,congespayes";

    /** Read-only configuration loaded once from the jar, the same on every node. */
    private Blocklist blocklist;

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new BlocklistPolicyProvider(session.getContext(), blocklist);
    }

    @Override
    public void init(Config.Scope config) {
        blocklist = Blocklist.shipped();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayName() {
        return "CIBTP blocklist (common passwords and forbidden words)";
    }

    @Override
    public String getConfigType() {
        return PasswordPolicyProvider.STRING_CONFIG_TYPE;
    }

    @Override
    public String getDefaultConfigValue() {
        return DEFAULT_WORDS;
    }

    @Override
    public boolean isMultiplSupported() {
        return false;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
