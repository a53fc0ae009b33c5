package fr.cibtp.espace.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * Links accounts to sites as an enrollment does (a row of kind {@code site} per site, the account holds it), straight
 * in the database: 40,000 links through enrollment pages would take longer than the whole benchmark.
 */
final class AccountLinks implements AutoCloseable {

    private final Connection db;
    private final PreparedStatement insert;

    AccountLinks(String jdbcUrl) throws SQLException {
        db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        db.setAutoCommit(false);
        insert = db.prepareStatement("insert into CIBTP_ACCOUNT_LINK (ID, REALM_ID, USER_ID, KIND, IDENTIFIANT, CREATED_AT)"
                + " values (?, ?, ?, 'site', ?, ?)");
    }

    void link(String realmId, String userId, List<String> sites) throws SQLException {
        long now = System.currentTimeMillis();
        for (String site : sites) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, realmId);
            insert.setString(3, userId);
            insert.setString(4, site);
            insert.setLong(5, now);
            insert.addBatch();
        }
        insert.executeBatch();
    }

    /** Commits, and gives the planner the table's statistics as a live database has them. */
    @Override
    public void close() throws SQLException {
        db.commit();
        db.setAutoCommit(true);
        try (Statement analyze = db.createStatement()) {
            analyze.execute("analyze CIBTP_ACCOUNT_LINK");
        }
        db.close();
    }
}
