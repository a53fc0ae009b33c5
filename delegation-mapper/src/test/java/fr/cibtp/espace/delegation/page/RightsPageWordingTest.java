package fr.cibtp.espace.delegation.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.cibtp.espace.delegation.store.DelegationFilter;
import fr.cibtp.espace.refusal.RefusalCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sentence the delegation page can show exists in French and in English: the keys its templates name, the
 * labels of roles, statuses and modes, and the sentence of every {@link RefusalCode}.
 */
class RightsPageWordingTest {

    private static final Pattern KEY = Pattern.compile("\"(cibtpRights[A-Za-z]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everySentenceOfThePageIsWritten(String locale) throws IOException {
        Properties messages = messages(locale);
        Set<String> keys = new TreeSet<>();
        for (Path source : sources()) {
            collect(KEY.matcher(Files.readString(source)), keys);
        }
        for (RefusalCode code : RefusalCode.values()) {
            keys.add(code.messageKey());
        }
        DelegationFilter.ROLES.forEach(role -> keys.add("cibtpRightsRole_" + role));
        DelegationFilter.STATUTS.forEach(statut -> keys.add("cibtpRightsStatus_" + statut));
        List.of("aucun", "consultation", "mise_a_jour").forEach(mode -> keys.add("cibtpRightsMode_" + mode));
        List.of("cree", "invite", "modifiee", "fermee", "cabinet", "cabinet_supprime").forEach(done -> keys.add("cibtpRightsDone_" + done));
        for (String key : keys) {
            assertTrue(messages.containsKey(key), key + " in messages_" + locale);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void bothLanguagesHaveTheSameKeys(String locale) throws IOException {
        assertEquals(messages("fr").keySet(), messages(locale).keySet());
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            return files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".ftl")).toList();
        }
    }

    /** Every jar's words in that language, merged as Keycloak merges them (the refusals' come from the common jar). */
    private static Properties messages(String locale) throws IOException {
        Properties messages = new Properties();
        Enumeration<URL> bundles = RightsPageWordingTest.class.getClassLoader().getResources("theme-resources/messages/messages_" + locale + ".properties");
        while (bundles.hasMoreElements()) {
            try (InputStream in = bundles.nextElement().openStream()) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return messages;
    }
}
