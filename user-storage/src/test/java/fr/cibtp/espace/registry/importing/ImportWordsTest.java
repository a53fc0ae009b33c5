package fr.cibtp.espace.registry.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The import's reasons are written in French and in English, one sentence per key the code names. */
class ImportWordsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/theme-resources/messages");
    private static final Pattern KEY = Pattern.compile("\"(cibtpImport_\\w+)\"");

    /** The sentences the registry's writes give, as the back office has always read them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cibtpImport_lineTooLong|65536||Ligne trop longue (plus de 65536 octets).",
            "cibtpImport_notSaved|||Ligne non enregistrée : la base de données l'a refusée ; réessayez l'import.",
            "cibtpImport_identifierOfASite|90001-001-01||L'identifiant 90001-001-01 est déjà celui d'un site déclarant.",
            "cibtpImport_identifierOfACabinet|29209-001-12||L'identifiant 29209-001-12 est déjà celui d'un cabinet comptable.",
            "cibtpImport_duplicate|29209-001-12||Identifiant 29209-001-12 déjà présent plus haut dans ce fichier avec d'autres données.",
            "cibtpImport_duplicateAdherent|0551617||Identifiant d'adhérent 0551617 déjà présent plus haut dans ce fichier avec d'autres données.",
            "cibtpImport_unknownCabinet|90001-001-99||Cabinet inconnu : 90001-001-99 (sa ligne « cabinet » doit précéder l'adhérent).",
            "cibtpImport_unknownAdherent|X999||Adhérent inconnu : X999 (sa ligne « adherent » doit précéder ses sites).",
            "cibtpImport_sirenInUse|0551617||Le SIREN de l'adhérent 0551617 ne peut pas changer : des sites déclarants en dépendent.",
            "cibtpImport_otherRule|CibtpNewRule||CibtpNewRule."
    })
    void wordsTheWritesReasonsInFrenchAsBefore(String key, String first, String second, String sentence) {
        List<Object> params = Stream.<Object>of(first, second).filter(Objects::nonNull).toList();
        assertEquals(sentence, ImportWords.shipped(Locale.FRENCH).of(new ImportReason(key, params)));
    }

    @Test
    void wordsAReasonWithThreeValues() {
        ImportReason reason = ImportReason.of("cibtpImport_siretOutsideSiren", "32483899466007", "325437259", "0551617");
        assertEquals("Le SIRET 32483899466007 ne commence pas par le SIREN 325437259 de l'adhérent 0551617.",
                ImportWords.shipped(Locale.FRENCH).of(reason));
        assertEquals("The SIRET 32483899466007 does not start with the SIREN 325437259 of member company 0551617.",
                ImportWords.shipped(Locale.ENGLISH).of(reason));
    }

    /** A key the code names but no bundle writes would reach the back office as the key itself. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyKeyTheCodeNamesIsWritten(String language) throws IOException {
        Set<String> used = usedKeys();
        assertTrue(used.size() > 30, "keys found: " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle(language).stringPropertyNames());
        assertEquals(Set.of(), missing, "in messages_" + language);
    }

    @Test
    void everySentenceWrittenIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(bundle("fr").stringPropertyNames());
        unused.removeAll(usedKeys());
        assertEquals(Set.of(), unused);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(bundle("fr").stringPropertyNames(), bundle("en").stringPropertyNames());
    }

    /** MessageFormat drops a single apostrophe and what follows it up to the next one. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void apostrophesAreDoubled(String language) throws IOException {
        Properties bundle = bundle(language);
        for (String key : bundle.stringPropertyNames()) {
            assertFalse(bundle.getProperty(key).replace("''", "").contains("'"), key + " in messages_" + language);
        }
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher key = KEY.matcher(Files.readString(source));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        return keys;
    }

    /** This jar's own bundle, not the merged one: the other jars' keys are theirs to check. */
    private static Properties bundle(String language) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }
}
