package fr.cibtp.espace.flow;

import java.util.Set;

import jakarta.ws.rs.core.UriInfo;

import org.keycloak.common.ClientConnection;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * A password typed outside the sign-in form (associating a site, changing the email) checked as a sign-in would be:
 * an account locked by brute-force detection is refused, a wrong password counts toward the lock, and an unknown
 * account costs the same hashing time as a known one.
 */
public final class PasswordCheck {

    public enum Result { VALID, WRONG, LOCKED, UNKNOWN_ACCOUNT }

    public static final int MAX_PASSWORD = 128;
    private static final Set<String> PASSWORD_CATEGORY = Set.of(PasswordCredentialModel.TYPE);

    private PasswordCheck() {
    }

    public static Result check(KeycloakSession session, RealmModel realm, UserModel user, String password,
                               ClientConnection connection, UriInfo uri) {
        if (user == null) {
            spendPasswordCheckTime(session, realm);
            return Result.UNKNOWN_ACCOUNT;
        }
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        if (realm.isBruteForceProtected()
                && (protector.isTemporarilyDisabled(session, realm, user) || protector.isPermanentlyLockedOut(session, realm, user))) {
            return Result.LOCKED;
        }
        boolean valid = user.isEnabled() && password != null && !password.isEmpty() && password.length() <= MAX_PASSWORD
                && user.credentialManager().isValid(UserCredentialModel.password(password));
        if (valid) {
            protector.successfulLogin(realm, user, connection, uri, PASSWORD_CATEGORY);
            return Result.VALID;
        }
        protector.failedLogin(realm, user, connection, uri, PASSWORD_CATEGORY);
        return Result.WRONG;
    }

    private static void spendPasswordCheckTime(KeycloakSession session, RealmModel realm) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        String algorithm = policy == null ? null : policy.getHashAlgorithm();
        PasswordHashProvider hash = algorithm == null ? session.getProvider(PasswordHashProvider.class)
                : session.getProvider(PasswordHashProvider.class, algorithm);
        hash.encode("an address nobody holds", policy == null ? -1 : policy.getHashIterations());
    }
}
