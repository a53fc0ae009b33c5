package fr.cibtp.espace.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class SiteOrderTest {

    @Test
    void namesSortAsPeopleCount() {
        List<String> names = new ArrayList<>(List.of("CHANTIER 100", "CHANTIER 10", "CHANTIER 2", "CHANTIER 0", "CHANTIER 1",
                "AGENCE DE METZ", "chantier 3", "CHANTIER 02A", "CHANTIER 2B"));
        names.sort(Comparator.comparing(SiteOrder::key));
        assertEquals(List.of("AGENCE DE METZ", "CHANTIER 0", "CHANTIER 1", "CHANTIER 2", "CHANTIER 02A", "CHANTIER 2B", "chantier 3",
                "CHANTIER 10", "CHANTIER 100"), names);
    }

    @Test
    void aKeyFitsItsColumn() {
        assertEquals(SiteOrder.MAX_LENGTH, SiteOrder.key("1 ".repeat(200)).length());
        assertNull(SiteOrder.key(null));
    }
}
