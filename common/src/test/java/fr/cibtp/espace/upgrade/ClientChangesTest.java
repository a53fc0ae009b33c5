package fr.cibtp.espace.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientChangesTest {

    private static final String SHIPPED = "http://localhost:3000/";

    @Test
    void aPortalsHomeIsTheAddressTheCaisseGaveItsOrigin() {
        assertEquals("https://entreprise.example-caisse.fr/", ClientChanges.homeUrl(Set.of("https://entreprise.example-caisse.fr"), SHIPPED));
    }

    @Test
    void withoutOneClearOriginTheFilesAddressIsTaken() {
        assertEquals(SHIPPED, ClientChanges.homeUrl(Set.of(), SHIPPED));
        assertEquals(SHIPPED, ClientChanges.homeUrl(Set.of("+"), SHIPPED));
        assertEquals(SHIPPED, ClientChanges.homeUrl(Set.of("https://a.example", "https://b.example"), SHIPPED));
    }
}
