package fr.cibtp.espace.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal code is worded in French and in English, and every sentence of the bundle belongs to a code. */
class RefusalWordingTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyCodeHasItsSentence(String language) {
        Properties bundle = Sentences.shipped(language);
        for (RefusalCode code : RefusalCode.values()) {
            assertTrue(bundle.containsKey(code.messageKey()), code.messageKey() + " in messages_" + language);
        }
        Set<String> codes = Arrays.stream(RefusalCode.values()).map(RefusalCode::messageKey).collect(Collectors.toSet());
        for (String key : bundle.stringPropertyNames()) {
            String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            assertTrue(codes.contains(code), key + " names no refusal code");
        }
    }

    @Test
    void bothLanguagesHaveTheSameSentences() {
        assertEquals(Sentences.shipped("fr").keySet(), Sentences.shipped("en").keySet());
    }

    @Test
    void aSentenceNamesItsValuesAndAWordingHasItsOwn() {
        Properties french = Sentences.shipped("fr");
        assertEquals("Collège inconnu : direction.",
                Sentences.of(french, Refusal.invalid(RefusalCode.COLLEGE_INCONNU, "colleges", "direction"), Locale.FRENCH));
        assertEquals("Accès refusé : le rôle cibtp-registry-admin est nécessaire pour utiliser l'API du registre.",
                Sentences.of(french, new Refusal(Refusal.Kind.FORBIDDEN, RefusalCode.ACCES_REFUSE, null, "cibtp-registry-admin").worded("role"), Locale.FRENCH));
        assertEquals("Indiquez {\"identifiants\": [\"29209-001-12\", ...]} ou {\"non_inscrits\": true}.",
                Sentences.of(french, Refusal.invalid(RefusalCode.DEMANDE_INVALIDE, null), Locale.FRENCH));
        Refusal unknown = Refusal.invalid(RefusalCode.IDENTIFIANTS_INCONNUS, "identifiants", "1, 2").naming(List.of("1", "2"));
        assertEquals(List.of("1", "2"), unknown.identifiants());
        assertEquals("cibtpRefusal_identifiants_inconnus", unknown.messageKey());
    }
}
