package fr.cibtp.espace.it.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The checks the API tests rely on, without a server: answers that break the descriptions are caught, so a test
 * passing says something; and every example the descriptions give passes them.
 */
class OpenApiCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTRY = "http://localhost:8080/realms/cibtp/cibtp-registry";
    private static final String DELEGATIONS = "http://localhost:8080/realms/cibtp/cibtp-delegations";
    private static final String JSON_TYPE = "application/json;charset=utf-8";
    private static final String REPORT = "{\"created\":1,\"updated\":0,\"unchanged\":0,\"rejected\":[],\"rejected_total\":0,"
            + "\"changed_hands\":[],\"changed_hands_total\":0}";
    private static final String VIEW = "{\"id\":\"f3c1\",\"email\":\"claire.martin@batir-grand-est.fr\",\"nom\":\"MARTIN\",\"prenom\":\"CLAIRE\","
            + "\"role\":\"utilisateur\",\"statut\":\"%s\",\"date_effet\":\"2026-11-24\",\"date_fin\":null,\"admin\":false,"
            + "\"colleges\":[\"ouvrier\"],\"droits\":{\"situation-compte\":\"consultation\"}}";

    private final OpenApiCheck registry = OpenApiCheck.of(served(RepositoryDescriptions.REGISTRY, REGISTRY));
    private final OpenApiCheck delegations = OpenApiCheck.of(served(RepositoryDescriptions.DELEGATIONS, DELEGATIONS));

    @Test
    void aConformingAnswerPasses() {
        assertEquals(List.of(), registry.problems(importAnswer(200, REPORT)));
        assertEquals(List.of(), delegations.problems(delegationGet("/sites/29209-001-12/delegations/f3c1", 200, VIEW.formatted("active"))));
    }

    @Test
    void aMissingOrUnknownFieldIsCaught() {
        assertCaught(registry.problems(importAnswer(200, REPORT.replace(",\"rejected_total\":0", ""))), "rejected_total");
        assertCaught(registry.problems(importAnswer(200, REPORT.replace("}", ",\"ignored\":0}"))), "ignored");
        assertCaught(delegations.problems(delegationGet("/sites/29209-001-12/delegations/f3c1", 200,
                VIEW.formatted("active").replace("2026-11-24", "24/11/2026"))), "date");
    }

    @Test
    void aValueOutsideTheContractIsCaught() {
        assertCaught(delegations.problems(delegationGet("/sites/29209-001-12/delegations/f3c1", 200, VIEW.formatted("ouverte"))), "ouverte");
    }

    @Test
    void anErrorInAnotherShapeIsCaught() {
        String keycloaks = "{\"error\":\"unknown_error\",\"error_description\":\"For more on this error consult the server log.\"}";
        assertCaught(delegations.problems(delegationGet("/sites/29209-001-12/delegations", 400, keycloaks)), "erreur");
        assertCaught(delegations.problems(delegationGet("/sites/29209-001-12/delegations", 400,
                "{\"erreur\":\"code_invente\",\"message\":\"Refusé.\"}")), "code_invente");
    }

    @Test
    void anUndeclaredStatusIsCaught() {
        assertCaught(registry.problems(importAnswer(409, "{\"erreur\":\"acces_refuse\",\"message\":\"Refusé.\"}")), "409");
        assertCaught(delegations.problems(delegationGet("/sites", 500, "")), "500");
    }

    @Test
    void anUndeclaredOperationIsCaught() {
        assertCaught(registry.problems(ApiExchange.of("GET", REGISTRY + "/import", null, null, 200, JSON_TYPE, REPORT)), "not allowed");
        assertCaught(delegations.problems(delegationGet("/salaries", 200, "{}")), "No API path");
    }

    @Test
    void aRequestTheDescriptionRefusesMustBeRefused() {
        ApiExchange accepted = ApiExchange.of("GET", REGISTRY + "/code-requests?statut=envoyee", null, null, 200, JSON_TYPE, "[]");
        assertCaught(registry.problems(accepted), "accepted (200)");
        ApiExchange refused = ApiExchange.of("GET", REGISTRY + "/code-requests?statut=envoyee", null, null, 400, JSON_TYPE,
                "{\"erreur\":\"statut_inconnu\",\"message\":\"Statut inconnu « envoyee » : en_attente ou traitee.\"}");
        assertEquals(List.of(), registry.problems(refused));
    }

    @Test
    void theCsvOfCodesIsTextCsv() {
        ApiExchange csv = ApiExchange.of("POST", REGISTRY + "/codes", "application/json", "{\"non_inscrits\":true}", 200,
                "text/csv;charset=utf-8", "identifiant;nom\r\n");
        assertEquals(List.of(), registry.problems(csv));
        assertCaught(registry.problems(ApiExchange.of("POST", REGISTRY + "/codes", "application/json", "{\"non_inscrits\":true}", 200,
                JSON_TYPE, "{}")), "Content-Type");
    }

    @Test
    void everyExampleOfTheDescriptionsConformsToItsOwnSchemas() throws Exception {
        List<String> problems = new ArrayList<>();
        int examples = 0;
        for (RepositoryDescriptions description : RepositoryDescriptions.values()) {
            String base = "http://localhost:8080/realms/cibtp/" + description.api;
            JsonNode document = JSON.readTree(description.text());
            OpenApiCheck check = OpenApiCheck.of(served(description, base));
            for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    for (Map.Entry<String, JsonNode> answer : operation.getValue().get("responses").properties()) {
                        JsonNode response = resolved(document, answer.getValue());
                        for (Map.Entry<String, JsonNode> content : response.path("content").properties()) {
                            for (JsonNode example : examples(content.getValue())) {
                                examples++;
                                String body = example.isTextual() ? example.asText() : JSON.writeValueAsString(example);
                                ApiExchange exchange = ApiExchange.of(operation.getKey().toUpperCase(), base + sample(path.getKey()),
                                        null, null, Integer.parseInt(answer.getKey()), content.getKey(), body);
                                check.problems(exchange).stream().filter(p -> !p.startsWith("accepted"))
                                        .forEach(p -> problems.add(exchange + ": " + p));
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(examples > 40, "examples checked: " + examples);
    }

    /** The repository's description as the server serves it: the same, with the server's absolute URL. */
    private static String served(RepositoryDescriptions description, String base) {
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(description.text());
            document.path("servers").forEach(server -> ((ObjectNode) server).put("url", base));
            return JSON.writeValueAsString(document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode resolved(JsonNode document, JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : document.at(ref.asText().substring(1));
    }

    private static List<JsonNode> examples(JsonNode mediaType) {
        List<JsonNode> found = new ArrayList<>();
        if (mediaType.has("example")) {
            found.add(mediaType.get("example"));
        }
        mediaType.path("examples").forEach(example -> found.add(example.get("value")));
        return found;
    }

    private static String sample(String template) {
        return template.replace("{identifiant}", "29209-001-12").replace("{id}", "f3c1a2b4")
                .replace("{compte}", "8f14e45f-ceea-467f-a0e6-3b2c1d9a7e21");
    }

    private static ApiExchange importAnswer(int status, String body) {
        return ApiExchange.of("POST", REGISTRY + "/import", "application/x-ndjson", "{\"type\":\"salarie\"}\n", status, JSON_TYPE, body);
    }

    private static ApiExchange delegationGet(String path, int status, String body) {
        return ApiExchange.of("GET", DELEGATIONS + path, null, null, status, body.isEmpty() ? null : JSON_TYPE, body);
    }

    private static void assertCaught(List<String> problems, String naming) {
        assertFalse(problems.isEmpty(), "a wrong answer passed");
        assertTrue(problems.stream().anyMatch(p -> p.contains(naming)), "expected a problem naming " + naming + ": " + problems);
    }
}
