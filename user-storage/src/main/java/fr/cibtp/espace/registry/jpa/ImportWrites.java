package fr.cibtp.espace.registry.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import fr.cibtp.espace.registry.jpa.RegistrySchema.Imported;

/**
 * The rows of one table that a batch of import lines creates, changes or finds unchanged, written together with
 * plain JDBC when the batch ends: new rows as multi-row INSERTs, changed rows as one JDBC batch of UPDATEs, and
 * unchanged rows only stamped with the import run. Through Hibernate, each row cost an entity insert and a dirty
 * check, and most of the import's time.
 */
final class ImportWrites<T> {

    /** Rows a statement: with up to 14 columns, far below any database's limit on parameters. */
    static final int ROWS_PER_STATEMENT = 100;

    private final ImportTable<T> table;
    private final List<T> created = new ArrayList<>();
    private final List<T> changed = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();

    ImportWrites(ImportTable<T> table) {
        this.table = table;
    }

    void created(T row) {
        created.add(row);
    }

    void changed(T row) {
        changed.add(row);
    }

    void unchanged(String id) {
        unchanged.add(id);
    }

    void write(Connection connection, String run) throws SQLException {
        for (int from = 0; from < created.size(); from += ROWS_PER_STATEMENT) {
            insert(connection, created.subList(from, Math.min(created.size(), from + ROWS_PER_STATEMENT)));
        }
        update(connection, changed);
        for (int from = 0; from < unchanged.size(); from += ROWS_PER_STATEMENT) {
            stamp(connection, unchanged.subList(from, Math.min(unchanged.size(), from + ROWS_PER_STATEMENT)), run);
        }
        created.clear();
        changed.clear();
        unchanged.clear();
    }

    private void insert(Connection connection, List<T> rows) throws SQLException {
        String row = "(" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), row));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int index = 1;
            for (T r : rows) {
                for (String value : table.values().apply(r)) {
                    set(insert, index++, value);
                }
            }
            insert.executeUpdate();
        }
    }

    private void update(Connection connection, List<T> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = table.columns().subList(1, table.columns().size());
        String sql = "UPDATE " + table.name() + " SET " + String.join(" = ?, ", columns) + " = ? WHERE " + table.columns().get(0) + " = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (T r : rows) {
                List<String> values = table.values().apply(r);
                for (int i = 1; i < values.size(); i++) {
                    set(update, i, values.get(i));
                }
                set(update, values.size(), values.get(0));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void stamp(Connection connection, List<String> ids, String run) throws SQLException {
        String sql = "UPDATE " + table.name() + " SET " + Imported.IMPORT_RUN + " = ? WHERE " + Imported.ID + " IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        try (PreparedStatement stamp = connection.prepareStatement(sql)) {
            stamp.setString(1, run);
            for (int i = 0; i < ids.size(); i++) {
                stamp.setString(i + 2, ids.get(i));
            }
            stamp.executeUpdate();
        }
    }

    private static void set(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
