package fr.cibtp.espace.it.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cibtp.espace.refusal.RefusalCode;
import org.junit.jupiter.api.Test;

/**
 * Both APIs describe their refusals with one {@code Error} schema (the one body {@code RefusalAnswer} writes): the same
 * fields, only the list of codes each API answers differs, and every code listed is a {@link RefusalCode}.
 */
class ErrorSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bothApisDescribeTheSameErrorBody() throws IOException {
        assertEquals(withoutCodes(error(RepositoryDescriptions.REGISTRY)), withoutCodes(error(RepositoryDescriptions.DELEGATIONS)));
    }

    @Test
    void everyCodeListedIsARefusalCode() throws IOException {
        Set<String> known = Arrays.stream(RefusalCode.values()).map(RefusalCode::key).collect(Collectors.toSet());
        for (RepositoryDescriptions api : RepositoryDescriptions.values()) {
            Set<String> listed = new TreeSet<>();
            error(api).path("properties").path("erreur").path("enum").forEach(code -> listed.add(code.asText()));
            assertTrue(listed.size() > 10, api + " lists its codes");
            listed.removeAll(known);
            assertEquals(Set.of(), listed, api + " lists codes no refusal has");
        }
    }

    private static JsonNode error(RepositoryDescriptions api) throws IOException {
        return JSON.readTree(api.text()).path("components").path("schemas").path("Error");
    }

    private static JsonNode withoutCodes(JsonNode error) {
        ObjectNode copy = error.deepCopy();
        ObjectNode properties = (ObjectNode) copy.path("properties");
        ((ObjectNode) properties.path("erreur")).remove("enum");
        ((ObjectNode) properties.path("champ")).remove("example");
        return copy;
    }
}
