package fr.cibtp.espace.registry.codes;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.dto.PasswordCredentialData;
import org.keycloak.models.credential.dto.PasswordSecretData;
import org.keycloak.util.JsonSerialization;

/**
 * Slow salted hashes of provisional codes, made by Keycloak's own PBKDF2-SHA512 password hashing; stored as one
 * JSON value carrying algorithm, iterations, salt and hash, so a later change of iterations keeps old codes valid.
 */
public final class CodeHasher {

    static final String ALGORITHM = "pbkdf2-sha512";

    private final KeycloakSession session;

    public CodeHasher(KeycloakSession session) {
        this.session = session;
    }

    record Stored(PasswordCredentialData credential, PasswordSecretData secret) {
    }

    public String hash(String canonicalCode, int iterations) {
        PasswordCredentialModel model = provider(ALGORITHM).encodedCredential(canonicalCode, iterations);
        try {
            return JsonSerialization.writeValueAsString(new Stored(model.getPasswordCredentialData(), model.getPasswordSecretData()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean verify(String canonicalCode, String stored) {
        try {
            Stored read = JsonSerialization.readValue(stored, Stored.class);
            PasswordCredentialModel model = PasswordCredentialModel.createFromValues(read.credential(), read.secret());
            return provider(read.credential().getAlgorithm()).verify(canonicalCode, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spends the time of one verification without anything to compare with: unknown identifiants cost the same. */
    public void spendEquivalentTime(String canonicalCode, int iterations) {
        // Keycloak refuses to hash an empty value: a malformed code is hashed as a fixed stand-in.
        provider(ALGORITHM).encodedCredential(canonicalCode == null || canonicalCode.isEmpty() ? "MALFORMED" : canonicalCode, iterations);
    }

    private PasswordHashProvider provider(String algorithm) {
        PasswordHashProvider provider = session.getProvider(PasswordHashProvider.class, algorithm);
        if (provider == null) {
            throw new IllegalStateException("Keycloak has no " + algorithm + " password hashing");
        }
        return provider;
    }
}
