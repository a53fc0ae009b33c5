package fr.cibtp.espace.upgrade;

import java.util.Optional;

/**
 * One change to an existing realm's configuration, idempotent: it checks whether the realm already has it, and only then
 * changes it, taking what to add from the realm file these extensions ship. Never touches users, their links,
 * delegations, codes or sessions.
 */
@FunctionalInterface
public interface RealmChange {

    /** What was changed, in a line of the server log and of the record; empty when the realm already had it. */
    Optional<String> apply(UpgradeContext context);
}
