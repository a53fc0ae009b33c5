package fr.cibtp.espace.it.container;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

/** The registry API as the caisse's back office calls it, and the delegation API and userinfo as a portal does. */
final class Apis {

    private Apis() {
    }

    /** Puts lines in the registry; fails unless every line is taken. */
    static void importRegistry(ContainerServer server, String ndjson) {
        JsonNode token = Portal.json(Http.form(server.url() + "/realms/cibtp/protocol/openid-connect/token",
                "grant_type=client_credentials&client_id=" + RealmSetup.BACK_OFFICE + "&client_secret=" + server.backOfficeSecret()).body());
        HttpResponse<String> answer = Http.call("POST", server.url() + "/realms/cibtp/cibtp-registry/import",
                token.path("access_token").asText(), "application/x-ndjson", ndjson);
        if (answer.statusCode() != 200 || !answer.body().contains("\"rejected\":[]")) {
            throw new IllegalStateException("import refused: " + answer.statusCode() + " " + answer.body());
        }
    }

    /** A call of the delegation API: status and JSON body. */
    static HttpResponse<String> delegations(ContainerServer server, String accessToken, String method, String path, String body) {
        return Http.call(method, server.url() + "/realms/cibtp/cibtp-delegations" + path, accessToken, "application/json", body);
    }

    static JsonNode userinfo(ContainerServer server, String accessToken) {
        HttpResponse<String> answer = Http.get(server.url() + "/realms/cibtp/protocol/openid-connect/userinfo", accessToken);
        if (answer.statusCode() != 200) {
            throw new AssertionError("userinfo: " + answer.statusCode() + " " + answer.body());
        }
        return Portal.json(answer.body());
    }
}
