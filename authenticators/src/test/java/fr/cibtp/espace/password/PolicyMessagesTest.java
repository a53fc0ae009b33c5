package fr.cibtp.espace.password;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message a policy can return is written in French and in English. */
class PolicyMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyPolicyMessageIsTranslated(String locale) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/theme-resources/messages/messages_" + locale + ".properties")) {
            assertNotNull(in, "messages_" + locale);
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : new String[]{CharacterClassesPolicyProvider.ERROR_MESSAGE, BlocklistPolicyProvider.COMMON_MESSAGE,
                BlocklistPolicyProvider.FORBIDDEN_WORD_MESSAGE}) {
            String text = messages.getProperty(key);
            assertNotNull(text, key + " in " + locale);
            assertFalse(text.isBlank(), key + " in " + locale);
        }
    }
}
