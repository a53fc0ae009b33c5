package fr.cibtp.espace.registry.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Table;

import org.junit.jupiter.api.Test;

class ImportTableTest {

    @Test
    void theImportWritesTheEntitiesOwnTablesAndColumns() {
        check(ImportTable.CABINET, CabinetEntity.class);
        check(ImportTable.ADHERENT, AdherentEntity.class);
        check(ImportTable.SITE, SiteEntity.class);
        check(ImportTable.SALARIE, SalarieEntity.class);
    }

    @Test
    void theIdentifierComesFirst() {
        for (ImportTable<?> table : List.of(ImportTable.CABINET, ImportTable.ADHERENT, ImportTable.SITE, ImportTable.SALARIE)) {
            assertEquals("ID", table.columns().get(0));
            assertEquals(table.columns().size(), new HashSet<>(table.columns()).size(), table.name());
        }
    }

    private static void check(ImportTable<?> table, Class<?> entity) {
        assertEquals(entity.getAnnotation(Table.class).name(), table.name());
        Set<String> mapped = columns(entity);
        for (String column : table.columns()) {
            assertTrue(mapped.contains(column), table.name() + "." + column);
        }
    }

    private static Set<String> columns(Class<?> type) {
        Set<String> columns = new HashSet<>();
        for (Field field : type.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null) {
                columns.add(column.name());
            } else if (field.isAnnotationPresent(Embedded.class)) {
                columns.addAll(columns(field.getType()));
            }
        }
        return columns;
    }
}
