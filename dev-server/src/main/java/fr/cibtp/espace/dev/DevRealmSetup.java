package fr.cibtp.espace.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the dev server adds to the imported realm, through Keycloak's own admin REST API: a back-office client
 * whose service account holds cibtp-registry-admin (dev only), and the demo registry with its provisional codes.
 */
final class DevRealmSetup {

    static final String BACK_OFFICE_CLIENT = "back-office-dev";
    static final String BACK_OFFICE_SECRET = "back-office-dev-secret";
    /** The registry API takes only tokens whose audience names it: the back office's client carries this mapper. */
    static final String REGISTRY_AUDIENCE = "{\"name\":\"audience cibtp-registry\",\"protocol\":\"openid-connect\","
            + "\"protocolMapper\":\"oidc-audience-mapper\",\"config\":{\"included.custom.audience\":\"cibtp-registry\","
            + "\"access.token.claim\":\"true\",\"introspection.token.claim\":\"true\"}}";

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    DevRealmSetup(String base) {
        this.base = base;
    }

    /**
     * On the first start, creates the back-office client and points the realm's SMS gateway at the stand-in; at every
     * start, imports the sample (the import is idempotent).
     */
    String run(Path sample, String smsUrl, int smtpPort) throws IOException, InterruptedException {
        String admin = token("master", "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        if (smtpPort != MailCatcher.SMTP_PORT) {
            useMailCatcher(admin, smtpPort);
        }
        HttpResponse<String> created = send(json(base + "/admin/realms/cibtp/clients", admin,
                "{\"clientId\":\"" + BACK_OFFICE_CLIENT + "\",\"secret\":\"" + BACK_OFFICE_SECRET + "\",\"publicClient\":false,"
                        + "\"serviceAccountsEnabled\":true,\"standardFlowEnabled\":false,"
                        + "\"description\":\"Dev only: the caisse back office calling the registry API.\","
                        + "\"protocolMappers\":[" + REGISTRY_AUDIENCE + "]}"));
        if (created.statusCode() == 201) {
            String clientId = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
            String serviceAccount = field(send(get(base + "/admin/realms/cibtp/clients/" + clientId + "/service-account-user", admin)).body(), "id");
            String role = send(get(base + "/admin/realms/cibtp/roles/cibtp-registry-admin", admin)).body();
            send(json(base + "/admin/realms/cibtp/users/" + serviceAccount + "/role-mappings/realm", admin, "[" + role + "]"));
            useSmsStandIn(admin, smsUrl);
        } else {
            // A .dev/ made before the registry API checked audiences: give its client the mapper (409 once it has it).
            String existing = send(get(base + "/admin/realms/cibtp/clients?clientId=" + BACK_OFFICE_CLIENT, admin)).body();
            send(json(base + "/admin/realms/cibtp/clients/" + field(existing, "id") + "/protocol-mappers/models", admin, REGISTRY_AUDIENCE));
        }
        String backOffice = token("cibtp", "grant_type=client_credentials&client_id=" + BACK_OFFICE_CLIENT
                + "&client_secret=" + BACK_OFFICE_SECRET);
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(base + "/realms/cibtp/cibtp-registry/import"))
                .header("Authorization", "Bearer " + backOffice).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofFile(sample)).build());
        return imported.body();
    }

    /**
     * ProConnect on the dev server: on the first start, the demo realm standing in for ProConnect and the caisse's
     * provider pointed at it (a realm already there is kept, with whatever was changed in it).
     */
    void proConnectStandIn() throws IOException, InterruptedException {
        String admin = token("master", "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        if (send(json(base + "/admin/realms", admin, DevProConnect.realm())).statusCode() != 201) {
            return;
        }
        for (String scope : DevProConnect.scopes()) {
            send(json(base + "/admin/realms/" + DevProConnect.REALM + "/client-scopes", admin, scope));
        }
        send(json(base + "/admin/realms/" + DevProConnect.REALM + "/clients", admin, DevProConnect.client(base)));
        send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/cibtp/identity-provider/instances/proconnect"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(DevProConnect.provider(base))).build());
    }

    /** The client secret Keycloak generated for {@code clientId} at import (Clients, Credentials tab). */
    String clientSecret(String clientId) throws IOException, InterruptedException {
        String admin = token("master", "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        String client = send(get(base + "/admin/realms/cibtp/clients?clientId=" + clientId, admin)).body();
        return field(send(get(base + "/admin/realms/cibtp/clients/" + field(client, "id") + "/client-secret", admin)).body(), "value");
    }

    /** Realm settings, Email: the mail catcher listening on another port than the realm file's. */
    private void useMailCatcher(String admin, int smtpPort) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/cibtp")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"smtpServer\":{\"host\":\"localhost\",\"port\":\"" + smtpPort
                        + "\",\"from\":\"ne-pas-repondre@cibtp.fr\",\"fromDisplayName\":\"CIBTP - Espace sécurisé\"}}"))
                .build());
    }

    /** Realm settings, CIBTP tab: SMS gateway "http" to the stand-in. */
    private void useSmsStandIn(String admin, String smsUrl) throws IOException, InterruptedException {
        String components = send(get(base + "/admin/realms/cibtp/components?type=org.keycloak.services.ui.extend.UiTabProvider", admin)).body();
        String settings = components.substring(components.indexOf('{'), components.lastIndexOf('}') + 1);
        String id = field(settings, "id");
        String updated = settings.replace("\"sms-gateway\":[\"none\"]",
                "\"sms-gateway\":[\"http\"],\"sms-http-url\":[\"" + smsUrl + "\"]");
        send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/cibtp/components/" + id))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(updated)).build());
    }

    private String token(String realm, String form) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return field(response.body(), "access_token");
    }

    private static HttpRequest json(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }
}
