package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL plans queries from table statistics that its autovacuum refreshes some time after large changes. Right
 * after a bulk import they still describe the tables as nearly empty, and a join over an account's thousands of
 * sites takes seconds instead of milliseconds. These helpers deal with it where we make such changes.
 */
public final class PlannerStatistics {

    private PlannerStatistics() {
    }

    public static boolean isPostgres(EntityManager em) {
        String database = em.unwrap(org.hibernate.Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName());
        return "PostgreSQL".equals(database);
    }

    /** Refreshes the statistics of the tables named (ours, fixed names): a sample, about a second for a million rows. */
    public static void refresh(EntityManager em, String... tables) {
        if (isPostgres(em)) {
            em.createNativeQuery("ANALYZE " + String.join(", ", tables)).executeUpdate();
        }
    }
}
