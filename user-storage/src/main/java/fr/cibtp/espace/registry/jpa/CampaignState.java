package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the campaign figures read on a précompte's own row: since when an account holds it, and its current letter.
 * Written only by {@link PrecompteStates}' updates, never by an entity's flush: an entity read before one of them
 * would otherwise write the old values back.
 */
@Embeddable
public class CampaignState {

    /** When the first of its current holders linked it; null while nobody holds it. */
    @Column(name = "HELD_SINCE", insertable = false, updatable = false)
    Long heldSince;

    @Column(name = "LETTER_ISSUED_AT", insertable = false, updatable = false)
    Long letterIssuedAt;

    @Column(name = "LETTER_EXPIRES_AT", insertable = false, updatable = false)
    Long letterExpiresAt;

    @Column(name = "LETTER_USED_AT", insertable = false, updatable = false)
    Long letterUsedAt;

    /** The end of the longest lock wrong codes put on the letter, for any source ({@link Long#MAX_VALUE}: until a new code). */
    @Column(name = "LETTER_LOCKED_UNTIL", insertable = false, updatable = false)
    Long letterLockedUntil;
}
