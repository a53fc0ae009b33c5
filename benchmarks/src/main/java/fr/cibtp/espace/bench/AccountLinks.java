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
        // With the site's labels the chooser sorts and searches by, copied from the registry as an enrollment copies them
        // (the name as its own sort key: the natural-order key changes the order, not the cost of reading it).
        insert = db.prepareStatement("insert into CIBTP_ACCOUNT_LINK (ID, REALM_ID, USER_ID, KIND, IDENTIFIANT, CREATED_AT,"
                + " RAISON_SOCIALE, SITE_NAME, SITE_SORT, SIRET) select ?, s.REALM_ID, ?, 'site', s.IDENTIFIANT, ?, a.RAISON_SOCIALE, s.NAME,"
                + " s.NAME, s.SIRET"
                + " from CIBTP_SITE s join CIBTP_ADHERENT a on a.REALM_ID = s.REALM_ID and a.NUMERO = s.ADHERENT_NUMERO"
                + " where s.REALM_ID = ? and s.IDENTIFIANT = ?");
    }

    void link(String realmId, String userId, List<String> sites) throws SQLException {
        long now = System.currentTimeMillis();
        for (String site : sites) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, userId);
            insert.setLong(3, now);
            insert.setString(4, realmId);
            insert.setString(5, site);
            insert.addBatch();
        }
        insert.executeBatch();
    }

    /** Commits, and leaves the table vacuumed and its statistics gathered, as autovacuum keeps a live database. */
    @Override
    public void close() throws SQLException {
        db.commit();
        db.setAutoCommit(true);
        try (Statement analyze = db.createStatement()) {
            analyze.execute("vacuum analyze CIBTP_ACCOUNT_LINK");
        }
        db.close();
    }
}
