package fr.cibtp.espace.it.support;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.testframework.remote.providers.runonserver.FetchOnServer;
import org.keycloak.testframework.remote.providers.runonserver.RunOnServer;

/**
 * What the server asked its database, counted by Hibernate's statistics (the whole server: count while nothing else
 * runs). Off by default; {@link #start} turns them on and clears them, {@link #stop} reads them and turns them off.
 */
public final class SqlStatistics {

    private SqlStatistics() {
    }

    /** SQL statements prepared, entities loaded, collections loaded and JPQL queries run since {@link #start}. */
    public record Counts(long statements, long entities, long collections, long queries) {
    }

    public static RunOnServer start() {
        return session -> {
            Statistics statistics = statistics(session);
            statistics.setStatisticsEnabled(true);
            statistics.clear();
        };
    }

    public static FetchOnServer stop() {
        return session -> {
            Statistics statistics = statistics(session);
            Counts counts = new Counts(statistics.getPrepareStatementCount(), statistics.getEntityLoadCount(),
                    statistics.getCollectionLoadCount(), statistics.getQueryExecutionCount());
            statistics.setStatisticsEnabled(false);
            return counts;
        };
    }

    private static Statistics statistics(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager().getEntityManagerFactory()
                .unwrap(SessionFactory.class).getStatistics();
    }
}
