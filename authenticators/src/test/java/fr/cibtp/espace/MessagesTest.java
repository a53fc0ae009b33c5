package fr.cibtp.espace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
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
