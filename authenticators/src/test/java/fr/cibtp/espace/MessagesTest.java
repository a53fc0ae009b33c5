package fr.cibtp.espace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message our providers can show is written in French and in English, with the same keys. */
class MessagesTest {

    private static final Set<String> USED = Set.of(
            "invalidPasswordCibtpCharacterClassesMessage", "invalidPasswordCibtpCommonMessage",
            "invalidPasswordCibtpForbiddenWordMessage",
            "cibtpIdentifierRequired", "cibtpIdentifierFormat", "cibtpSiretRequired", "cibtpSiretNotDigits",
            "cibtpSiretLength", "cibtpSiretChecksum", "cibtpSirenRequired", "cibtpSirenNotDigits", "cibtpSirenLength",
            "cibtpSirenChecksum", "cibtpSalarieIdentifierRequired", "cibtpSalarieIdentifierFormat", "cibtpCodeRequired",
            "cibtpCodeFormat",
            "cibtpPhoneRequired", "cibtpPhoneFormat", "cibtpPhoneCountry", "cibtpPhoneNotMobile", "cibtpSmsUnavailable",
            "cibtpSmsFailed", "cibtpSmsTooMany");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyMessageInUseIsWritten(String locale) throws IOException {
        Properties messages = load(locale);
        for (String key : USED) {
            assertNotNull(messages.getProperty(key), key + " in " + locale);
        }
    }

    /** Keys written in the templates and the providers' code: a typo would show the raw key to the user. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyKeyTheTemplatesAndProvidersNameIsWritten(String locale) throws IOException {
        Properties messages = load(locale);
        Set<String> attributes = new HashSet<>(); // page attributes and provider ids are not messages
        Set<String> keys = new TreeSet<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            Matcher attribute = Pattern.compile("(?:setAttribute\\(|ID = )\"(\\w+)\"").matcher(text);
            while (attribute.find()) {
                attributes.add(attribute.group(1));
            }
            Matcher key = Pattern.compile("\"(cibtp[A-Z]\\w*[A-Za-z])\"").matcher(text);
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        keys.removeAll(attributes);
        assertTrue(keys.size() > 50, "keys found: " + keys.size());
        for (String key : keys) {
            assertNotNull(messages.getProperty(key), key + " in " + locale);
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            return files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".ftl")).collect(Collectors.toList());
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(load("fr").stringPropertyNames(), load("en").stringPropertyNames());
    }

    private Properties load(String locale) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/theme-resources/messages/messages_" + locale + ".properties")) {
            assertNotNull(in, "messages_" + locale);
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
