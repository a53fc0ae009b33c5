package fr.cibtp.espace.registry;

import java.time.Instant;

/** A request for a new code by post, as the back office lists it. */
public record CodeRequest(String id, String identifiant, String status, Instant requestedAt, Instant processedAt) {
}
