package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.RegistryRecords.adherent;
import static fr.cibtp.espace.it.support.RegistryRecords.ndjson;
import static fr.cibtp.espace.it.support.RegistryRecords.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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
        StringBuilder file = new StringBuilder(ndjson(adherent(numero, siren, "BÂTIR DU GRAND EST")));
        String[] names = {"METZ", "NANCY", "EPINAL"};
        String[] identifiants = new String[3];
        String[] sirets = new String[3];
        for (int i = 0; i < 3; i++) {
            identifiants[i] = TestIdentifiers.identifiant();
            sirets[i] = TestIdentifiers.siret(siren);
            file.append(ndjson(site(identifiants[i], numero, sirets[i], names[i])));
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

    @Test
    void renamingASiteOrAnAdherentInAnImportMovesItInTheChooser() {
        RegistryApi api = new RegistryApi(realm);
        String token = api.serviceAccountToken("back-office-relabel", true);
        String alpha = TestIdentifiers.numeroAdherent();
        String alphaSiren = TestIdentifiers.siren();
        String beta = TestIdentifiers.numeroAdherent();
        String betaSiren = TestIdentifiers.siren();
        String held = TestIdentifiers.identifiant();
        String delegated = TestIdentifiers.identifiant();
        String heldSiret = TestIdentifiers.siret(alphaSiren);
        String delegatedSiret = TestIdentifiers.siret(betaSiren);
        api.importNdjson(token, ndjson(adherent(alpha, alphaSiren, "ALPHA BATIMENT"), site(held, alpha, heldSiret, "ZENITH"),
                adherent(beta, betaSiren, "BETA TRAVAUX"), site(delegated, beta, delegatedSiret, "YSER")));
        String userId = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("cabinet"), null, false);
        runOnServer.run(RegistryOnServer.link(userId, PrecompteKind.SITE, held));
        runOnServer.run(RegistryOnServer.reach(userId, delegated));
        assertEquals(List.of(held, delegated), sites(userId, null, 0, 10).identifiants(), "ALPHA before BETA");

        JsonNode report = RegistryApi.json(api.importNdjson(token, ndjson(adherent(alpha, alphaSiren, "OMEGA BATIMENT"),
                site(delegated, beta, delegatedSiret, "QUAI DE L'YSER"))));
        assertEquals(2, report.get("updated").asLong(), report.toString());

        assertEquals(List.of(delegated, held), sites(userId, null, 0, 10).identifiants(), "BETA before OMEGA");
        assertEquals(List.of(held), sites(userId, "omega", 0, 10).identifiants());
        assertEquals(List.of(), sites(userId, "alpha", 0, 10).identifiants());
        assertEquals(List.of(delegated), sites(userId, "quai", 0, 10).identifiants());
        assertEquals(new SitesPage(2, List.of(delegated)), sites(userId, null, 0, 1), "a first page shorter than the total counts all");
    }

    private SitesPage sites(String userId, String search, int first, int max) {
        return runOnServer.fetch(RegistryOnServer.accountSites(userId, search, first, max), SitesPage.class);
    }
}
