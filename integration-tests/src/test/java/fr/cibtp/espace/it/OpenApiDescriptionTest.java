package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cibtp.espace.it.openapi.RepositoryDescriptions;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.DelegationApi;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.RegistryApi;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * Each API serves the repository's OpenAPI file to anyone, naming this server; and the answers no other test asks for
 * (the catalogue, unknown filter values, a body that is not JSON) are checked against it like every call of the helpers.
 */
@KeycloakIntegrationTest
class OpenApiDescriptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Chantier-Metz-2026";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @Test
    void eachApiServesItsRepositoryFileToAnyoneWithThisServersUrl() throws Exception {
        for (RepositoryDescriptions description : RepositoryDescriptions.values()) {
            String base = realm.getBaseUrl() + "/" + description.api;
            HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, served.statusCode(), served.body());
            assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));

            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body());
            assertEquals(List.of(), parsed.getMessages(), description.api);
            assertEquals("3.0.3", parsed.getOpenAPI().getOpenapi());

            ObjectNode answer = (ObjectNode) JSON.readTree(served.body());
            ObjectNode file = (ObjectNode) JSON.readTree(description.text());
            assertEquals(base, answer.get("servers").get(0).get("url").asText());
            assertEquals("/realms/cibtp/" + description.api, file.get("servers").get(0).get("url").asText());
            answer.remove("servers");
            file.remove("servers");
            assertEquals(file, answer, description.api + ": the served description is the repository's file");
        }
    }

    @Test
    void theRegistryRefusesAnUnknownStatusOfCodeRequests() {
        RegistryApi registry = new RegistryApi(realm);
        HttpResponse<String> refused = registry.get(registry.serviceAccountToken("back-office-openapi", true),
                "/cibtp-registry/code-requests?statut=envoyee");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("Statut inconnu « envoyee » : en_attente ou traitee.", RegistryApi.json(refused).get("message").asText());
    }

    @Test
    void theDelegationApiAnswersTheCatalogueAndRefusesInFrench() {
        String email = CibtpRealm.uniqueEmail("openapi");
        CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        String token = Portal.signIn(realm, oauth, email, PASSWORD).getAccessToken();
        DelegationApi api = new DelegationApi(realm);

        JsonNode catalogue = DelegationApi.json(api.get(token, "/catalogue"));
        assertEquals(3, catalogue.get("colleges").size());

        HttpResponse<String> tooMany = api.get(token, "/sites?max=0");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertEquals("max", DelegationApi.json(tooMany).get("champ").asText());

        String site = DelegationApi.json(api.get(token, "/sites")).get("sites").get(0).get("identifiant").asText();
        HttpResponse<String> notJson = api.post(token, "/sites/" + site + "/delegations", "application/json", "{\"email\": ");
        assertEquals(400, notJson.statusCode(), notJson.body());
        HttpResponse<String> notAnObject = api.post(token, "/sites/" + site + "/delegations", "application/json", "[\"ouvrier\"]");
        assertEquals(400, notAnObject.statusCode(), notAnObject.body());
        assertEquals("json_invalide", DelegationApi.json(notAnObject).get("erreur").asText());
        HttpResponse<String> form = api.post(token, "/sites/" + site + "/delegations", "application/x-www-form-urlencoded", "email=a%40b.fr");
        assertEquals(415, form.statusCode(), form.body());
        assertEquals("La demande doit être envoyée en application/json.", DelegationApi.json(form).get("message").asText());
        assertEquals(404, api.get(token, "/sites/" + site + "/cabinet").statusCode(), "no cabinet named on the adhérent");
    }
}
