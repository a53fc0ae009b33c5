package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;

/** "Account X holds site S": listing with search and paging, and no link left when the account is removed. */
@KeycloakIntegrationTest
class AccountLinkTest {

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @Test
    void anAccountsSitesAreSearchedAndPagedAndForgottenWithTheAccount() {
        RegistryApi api = new RegistryApi(realm);
        String token = api.serviceAccountToken("back-office-links", true);
        String siren = TestIdentifiers.siren();
        String numero = TestIdentifiers.numeroAdherent();
        StringBuilder file = new StringBuilder("{\"type\":\"adherent\",\"numero_adherent\":\"" + numero + "\",\"siren\":\"" + siren
                + "\",\"raison_sociale\":\"BÂTIR DU GRAND EST\"}\n");
        String[] names = {"METZ", "NANCY", "EPINAL"};
        String[] identifiants = new String[3];
        String[] sirets = new String[3];
        for (int i = 0; i < 3; i++) {
            identifiants[i] = TestIdentifiers.identifiant();
            sirets[i] = TestIdentifiers.siret(siren);
            file.append("{\"type\":\"site\",\"identifiant\":\"").append(identifiants[i]).append("\",\"numero_adherent\":\"")
                    .append(numero).append("\",\"siret\":\"").append(sirets[i]).append("\",\"nom\":\"").append(names[i]).append("\"}\n");
        }
        assertEquals(4, RegistryApi.json(api.importNdjson(token, file.toString())).get("created").asLong());

        String userId = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("administrateur"), null, false);
        for (String identifiant : identifiants) {
            api.probe("link", Map.of("userId", userId, "kind", "site", "identifiant", identifiant));
        }
        api.probe("link", Map.of("userId", userId, "kind", "site", "identifiant", identifiants[0]));

        JsonNode all = api.probe("account-sites", Map.of("userId", userId, "max", "2"));
        assertEquals(3, all.get("total").asLong(), "linking twice keeps one link");
        assertEquals(List.of(identifiants[2], identifiants[0]), list(all.get("identifiants")), "sorted by name, first page of 2");
        assertEquals(List.of(identifiants[1]), list(api.probe("account-sites", Map.of("userId", userId, "max", "2", "first", "2")).get("identifiants")));
        assertEquals(List.of(identifiants[1]), list(api.probe("account-sites", Map.of("userId", userId, "q", "nan")).get("identifiants")));
        assertEquals(List.of(identifiants[2]), list(api.probe("account-sites", Map.of("userId", userId,
                "q", sirets[2].substring(0, 3) + " " + sirets[2].substring(3))).get("identifiants")));
        assertEquals(List.of(identifiants[0]), list(api.probe("account-sites", Map.of("userId", userId,
                "q", identifiants[0].replace("-", ""))).get("identifiants")));

        realm.admin().users().get(userId).remove();
        assertEquals(0, api.probe("account-precomptes", Map.of("userId", userId)).get("links").asLong());
    }

    private static List<String> list(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
