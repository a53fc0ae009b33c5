package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingGroup;
import org.junit.jupiter.api.Test;

/**
 * The operations guide (docs/guide-exploitation.md) lists every CIBTP setting with its default, in the tab's order,
 * and nothing else: a setting added, renamed or given another default in the code fails here until the guide says so.
 * No Keycloak is started.
 */
class OperationsGuideTest {

    static final Path GUIDE = Path.of("..", "docs", "guide-exploitation.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.+?) \\| (.+) \\|$");
    private static final String EMPTY = "*(vide)*";

    @Test
    void everySettingIsInTheGuideWithItsDefault() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (SettingGroup group : SettingGroup.installed()) {
            for (Setting setting : group.settings()) {
                expected.put(setting.key(), setting.defaultValue().isEmpty() ? EMPTY : "`" + setting.defaultValue() + "`");
            }
        }
        assertTrue(expected.size() > 20, "the three modules' settings are on the class path: " + expected.keySet());

        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : settingsTable()) {
            Matcher row = ROW.matcher(line);
            assertTrue(row.matches(), "a row of the guide's settings table reads | `key` | `default` | effect |: " + line);
            assertTrue(documented.put(row.group(1), row.group(2)) == null, "documented twice: " + row.group(1));
            assertTrue(row.group(3).strip().length() > 10, "the guide says what " + row.group(1) + " does");
        }
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(documented.keySet()),
                "the guide's settings table lists the code's settings, in the CIBTP tab's order");
        expected.forEach((key, value) -> assertEquals(value, documented.get(key), "default of " + key + " in the guide"));
    }

    /** The table's rows, between the markers {@code <!-- réglages -->} and {@code <!-- /réglages -->}, header excluded. */
    private static List<String> settingsTable() throws IOException {
        List<String> lines = Files.readAllLines(GUIDE);
        int start = lines.indexOf("<!-- réglages -->");
        int end = lines.indexOf("<!-- /réglages -->");
        assertTrue(start >= 0 && end > start, "the guide marks its settings table");
        return lines.subList(start + 3, end);
    }
}
