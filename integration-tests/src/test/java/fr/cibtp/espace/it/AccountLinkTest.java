package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.RegistryOnServer;
import fr.cibtp.espace.it.support.RegistryOnServer.SitesPage;
import fr.cibtp.espace.it.support.TestIdentifiers;
import fr.cibtp.espace.registry.PrecompteKind;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;

/** "Account X holds site S": listing with search and paging, and no link left when the account is removed. */
@KeycloakIntegrationTest
class AccountLinkTest {

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

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
            runOnServer.run(RegistryOnServer.link(userId, PrecompteKind.SITE, identifiant));
        }
        runOnServer.run(RegistryOnServer.link(userId, PrecompteKind.SITE, identifiants[0]));

        SitesPage all = sites(userId, null, 0, 2);
        assertEquals(3, all.total(), "linking twice keeps one link");
        assertEquals(List.of(identifiants[2], identifiants[0]), all.identifiants(), "sorted by name, first page of 2");
        assertEquals(List.of(identifiants[1]), sites(userId, null, 2, 2).identifiants());
        assertEquals(List.of(identifiants[1]), sites(userId, "nan", 0, 10).identifiants());
        assertEquals(List.of(identifiants[2]), sites(userId, sirets[2].substring(0, 3) + " " + sirets[2].substring(3), 0, 10).identifiants());
        assertEquals(List.of(identifiants[0]), sites(userId, identifiants[0].replace("-", ""), 0, 10).identifiants());

        realm.admin().users().get(userId).remove();
        assertEquals(0L, runOnServer.fetch(RegistryOnServer.storedLinks(userId), Long.class));
    }

    private SitesPage sites(String userId, String search, int first, int max) {
        return runOnServer.fetch(RegistryOnServer.accountSites(userId, search, first, max), SitesPage.class);
    }
}
