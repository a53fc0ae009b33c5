package fr.cibtp.espace.delegation.store.jpa;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.DatabaseException;
import liquibase.exception.SetupException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Moves the collèges ("ouvrier,etam") and rights ("planning=consultation,...") of the delegations stored before
 * 2026-11-28 from their comma-separated columns into the child tables, in Java, as no SQL splits a string on every
 * database Keycloak supports.
 */
public class DelegationRightsToRows implements CustomTaskChange {

    @Override
    public void execute(Database database) throws CustomChangeException {
        JdbcConnection connection = (JdbcConnection) database.getConnection();
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT ID, COLLEGES, MODES FROM " + table(database, "CIBTP_DELEGATION"));
             PreparedStatement college = connection.prepareStatement("INSERT INTO " + table(database, "CIBTP_DELEGATION_COLLEGE")
                     + " (DELEGATION_ID, COLLEGE) VALUES (?, ?)");
             PreparedStatement right = connection.prepareStatement("INSERT INTO " + table(database, "CIBTP_DELEGATION_RIGHT")
                     + " (DELEGATION_ID, FEATURE, RIGHT_MODE) VALUES (?, ?, ?)")) {
            while (rows.next()) {
                String id = rows.getString(1);
                for (String key : split(rows.getString(2))) {
                    college.setString(1, id);
                    college.setString(2, key);
                    college.addBatch();
                }
                for (String pair : split(rows.getString(3))) {
                    int eq = pair.indexOf('=');
                    right.setString(1, id);
                    right.setString(2, pair.substring(0, eq));
                    right.setString(3, pair.substring(eq + 1));
                    right.addBatch();
                }
            }
            college.executeBatch();
            right.executeBatch();
        } catch (DatabaseException | SQLException e) {
            throw new CustomChangeException("Moving the delegations' collèges and rights to their tables failed", e);
        }
    }

    private static String table(Database database, String name) {
        return database.escapeTableName(database.getDefaultCatalogName(), database.getDefaultSchemaName(), name);
    }

    private static String[] split(String joined) {
        return joined == null || joined.isEmpty() ? new String[0] : joined.split(",");
    }

    @Override
    public String getConfirmationMessage() {
        return "Delegation collèges and rights moved to CIBTP_DELEGATION_COLLEGE and CIBTP_DELEGATION_RIGHT";
    }

    @Override
    public void setUp() throws SetupException {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
