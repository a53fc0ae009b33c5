package fr.cibtp.espace.registry;

import java.time.Instant;

/** A freshly issued code with what the mail merge prints; the only place the plaintext code ever exists. */
public record IssuedCode(Precompte precompte, String name, PostalAddress recipient, String code, Instant expiresAt) {
}
