package fr.cibtp.espace.delegation.expiry;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Once a day for the whole cluster. Every node's timer ticks; the first tick of a caisse day moves the job's row to
 * that day in one conditional UPDATE, which the database serialises: the other nodes' ticks, that day, change no row
 * and do nothing. The claim is part of the job's transaction, so a node that dies mid-run leaves the day unclaimed.
 */
final class DailyRun {

    static final String DELEGATION_EXPIRY = "cibtp-delegation-expiry";

    private DailyRun() {
    }

    /** True for the one caller that claims {@code day} for {@code job}. */
    static boolean claim(KeycloakSession session, String job, LocalDate day) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        return em.createQuery("update CibtpDailyRun r set r.lastDay = :day where r.job = :job and r.lastDay < :day")
                .setParameter("day", day).setParameter("job", job).executeUpdate() == 1;
    }
}
