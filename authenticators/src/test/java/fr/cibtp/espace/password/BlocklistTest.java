package fr.cibtp.espace.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlocklistTest {

    private static final Blocklist SHIPPED = Blocklist.shipped();
    private static final List<String> WORDS = List.of("cibtp", "btp", "intemperies");

    @ParameterizedTest
    @ValueSource(strings = {"password", "Password1", "PASSWORD1", "123456789", "Azerty123", "azerty123!", "Soleil2024", "MotDePasse1"})
    void refusesCommonPasswordsInAnyCase(String password) {
        assertTrue(SHIPPED.isCommon(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Abcdefg1", "Cheval-Batterie-Agrafe", "Vqz7#pLm2"})
    void acceptsPasswordsThatAreNotOnTheList(String password) {
        assertFalse(SHIPPED.isCommon(password));
    }

    @Test
    void shipsThousandsOfEntriesWithoutComments() {
        assertTrue(SHIPPED.size() > 3_500, "size " + SHIPPED.size());
        assertFalse(SHIPPED.isCommon("#!comment: This list has been compiled by Solar Designer of Openwall Project"));
    }

    @Test
    void findsForbiddenWordsAnywhereIgnoringCaseAndAccents() {
        assertEquals("cibtp", Blocklist.forbiddenWordIn("MonCIBTP2024!", WORDS));
        assertEquals("btp", Blocklist.forbiddenWordIn("Entreprise-Btp-57", WORDS));
        assertEquals("intemperies", Blocklist.forbiddenWordIn("Intempéries!2024", WORDS));
        assertNull(Blocklist.forbiddenWordIn("Abcdefg1", WORDS));
        assertNull(Blocklist.forbiddenWordIn("Abcdefg1", List.of("")));
    }
}
