package fr.cibtp.espace.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cibtp.espace.account.AccountPageProviderFactory;
import fr.cibtp.espace.delegation.api.DelegationResourceProviderFactory;
import fr.cibtp.espace.delegation.claim.CibtpClaimMapper;
import fr.cibtp.espace.registry.api.RegistryResourceProviderFactory;
import fr.cibtp.espace.sitechoice.SiteChoiceAuthenticatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.info.ProviderRepresentation;
import org.keycloak.representations.info.ServerInfoRepresentation;
import org.keycloak.representations.info.ThemeInfoRepresentation;

/** The container runs our providers and imported the shipped realm file at start. */
@ExtendWith(KeycloakInContainer.class)
class ServerStartInContainerTest {

    private final ContainerServer server = KeycloakInContainer.server();

    @Test
    void theRealmFileIsImportedWithItsFlowsAndPortals() {
        assertTrue(server.container().isRunning());
        RealmRepresentation realm = server.realm().toRepresentation();
        assertEquals("CIBTP - Espace sécurisé", realm.getDisplayName());
        assertEquals("cibtp browser", realm.getBrowserFlow());
        assertEquals("cibtp", realm.getLoginTheme());
        for (String client : List.of("espace-entreprise", "espace-salarie", "cibtp-droits-acces", "cibtp-mon-compte")) {
            assertEquals(1, server.realm().clients().findByClientId(client).size(), client);
        }
    }

    @Test
    void everyKindOfProviderOfOursIsLoaded() {
        ServerInfoRepresentation info = server.admin().serverInfo().getInfo();
        assertEquals(Set.of(RegistryResourceProviderFactory.ID, DelegationResourceProviderFactory.ID, AccountPageProviderFactory.ID),
                ours(info.getProviders().get("realm-restapi-extension").getProviders()),
                "the registry and delegation APIs, and the pages \"Mon compte utilisateur\"");
        assertTrue(info.getProviders().get("authenticator").getProviders().containsKey(SiteChoiceAuthenticatorFactory.ID));
        assertTrue(info.getProviders().get("protocol-mapper").getProviders().containsKey(CibtpClaimMapper.ID));
        List<String> loginThemes = info.getThemes().get("login").stream().map(ThemeInfoRepresentation::getName).toList();
        assertTrue(loginThemes.containsAll(List.of("cibtp", "cibtp-entreprise", "cibtp-salarie")), loginThemes.toString());
    }

    @Test
    void theLoginPageIsTheCaissesAndTheApisServeTheirDescriptions() {
        try (Browser browser = new Browser()) {
            browser.open(new Portal(server).signInUrl());
            assertEquals("Connexion à votre espace CIBTP", browser.title(), browser.text());
            assertTrue(browser.has("cibtp-enroll"), "Je crée mon espace sécurisé");
        }
        for (String api : List.of("cibtp-registry", "cibtp-delegations")) {
            HttpResponse<String> description = Http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.url() + "/realms/cibtp/" + api + "/openapi.json")).build());
            assertEquals(200, description.statusCode(), api);
            assertTrue(Portal.json(description.body()).path("openapi").asText().startsWith("3."), description.body());
        }
    }

    private static Set<String> ours(Map<String, ProviderRepresentation> providers) {
        return Set.copyOf(providers.keySet().stream().filter(id -> id.startsWith("cibtp-")).toList());
    }
}
