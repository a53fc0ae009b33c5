package fr.cibtp.espace.passkey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

/**
 * An account's passkeys: Keycloak's passwordless WebAuthn credentials (the realm's "Passkeys" policy), each a sign-in
 * on its own and a second factor for the step-up. Never required: the password and the certified mobile remain.
 */
public final class Passkeys {

    public static final String TYPE = WebAuthnCredentialModel.TYPE_PASSWORDLESS;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Passkeys() {
    }

    /** One passkey as "Mon compte" lists it: its id (for its removal), its name and the day it was added, in words. */
    public record Shown(String id, String name, String added) {
    }

    public static boolean any(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(TYPE).findAny().isPresent();
    }

    /** The account's passkeys, oldest first, their day written in the page's language ("6 décembre 2026"). */
    public static List<Shown> shown(UserModel user, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        return user.credentialManager().getStoredCredentialsByTypeStream(TYPE)
                .sorted(Comparator.comparing(c -> c.getCreatedDate() == null ? 0L : c.getCreatedDate()))
                .map(c -> new Shown(c.getId(), name(c), c.getCreatedDate() == null ? ""
                        : day.format(Instant.ofEpochMilli(c.getCreatedDate()).atZone(PARIS))))
                .toList();
    }

    private static String name(CredentialModel credential) {
        return credential.getUserLabel() == null || credential.getUserLabel().isBlank() ? PasskeyName.DEFAULT : credential.getUserLabel();
    }
}
