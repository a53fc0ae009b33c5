package fr.cibtp.espace.proconnect;

import java.util.Objects;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * A ProConnect link stands on the password that made it: the link keeps which password that was (its credential's
 * date, user attribute {@value #ATTRIBUTE}, shown to administrators), and a password changed since, by the user, a
 * reset or the caisse, ends the link. Whoever linked their ProConnect with a stolen password loses it with the password.
 */
final class ProConnectLinkProof {

    static final String ATTRIBUTE = "proconnectLinkedPassword";

    private ProConnectLinkProof() {
    }

    /** Called once the password has linked ProConnect. */
    static void linked(UserModel user) {
        user.setSingleAttribute(ATTRIBUTE, passwordStamp(user));
    }

    /** Whether the password that made the link is still the account's. */
    static boolean stillStands(UserModel user) {
        String stamp = passwordStamp(user);
        return stamp != null && Objects.equals(stamp, user.getFirstAttribute(ATTRIBUTE));
    }

    /** The link is gone: so is what it stood on. */
    static void ended(UserModel user) {
        user.removeAttribute(ATTRIBUTE);
    }

    private static String passwordStamp(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE).findFirst()
                .map(CredentialModel::getCreatedDate).map(String::valueOf).orElse(null);
    }
}
