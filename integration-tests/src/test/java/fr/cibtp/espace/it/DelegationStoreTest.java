package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;

/** Delegations in Keycloak's database: a cabinet's chain, narrowing, closing, and removal with the grantee. */
@KeycloakIntegrationTest
class DelegationStoreTest {

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @Test
    void aCollaboratorGetsWhatTheCabinetGotAtMostAndNothingOnceItIsClosed() {
        RegistryApi api = new RegistryApi(realm);
        String site = TestIdentifiers.identifiant();
        String holder = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("titulaire"), null, false);
        String cabinetAdmin = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("cabinet"), null, false);
        String collaborator = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("collaborateur"), null, false);
        String toCabinet = api.probe("delegation", delegation(site, cabinetAdmin, holder, null,
                "situation-compte=consultation,telepaiements=consultation,planning=consultation")).get("id").asText();
        api.probe("delegation", delegation(site, collaborator, cabinetAdmin, toCabinet, "telepaiements=mise_a_jour"));

        JsonNode rights = api.probe("delegated-rights", Map.of("userId", collaborator, "site", site));
        assertEquals(2, rights.get("stored").asInt(), "its delegation and the one it is made from");
        assertEquals("cabinet", rights.get("role").asText());
        assertEquals("cabinet:90001-001-01", rights.get("via").asText());
        assertEquals("consultation", rights.get("droits").get("telepaiements").asText(), "no more than the cabinet got");
        assertEquals(1, rights.get("droits").size());

        assertTrue(api.probe("close-delegation", Map.of("id", toCabinet)).get("closed").asBoolean());
        assertEquals(0, api.probe("delegated-rights", Map.of("userId", collaborator, "site", site)).get("droits").size(),
                "closing the cabinet's delegation takes every sub-delegation's effect at once");
        assertEquals(false, api.probe("close-delegation", Map.of("id", toCabinet)).get("closed").asBoolean());

        realm.admin().users().delete(cabinetAdmin).close();
        assertEquals(1, api.probe("delegated-rights", Map.of("userId", collaborator, "site", site)).get("stored").asInt(),
                "the removed user's delegations go with it; what was made from them gives nothing");
    }

    @Test
    void theDailyJobClosesEndedDelegationsAndRemindsSevenDaysBefore() {
        RegistryApi api = new RegistryApi(realm);
        String site = TestIdentifiers.identifiant();
        String grantorEmail = CibtpRealm.uniqueEmail("donneur");
        String granteeEmail = CibtpRealm.uniqueEmail("beneficiaire");
        String grantor = CibtpRealm.createUser(realm, grantorEmail, null, false);
        String grantee = CibtpRealm.createUser(realm, granteeEmail, null, false);
        LocalDate today = LocalDate.now();
        Map<String, String> ended = delegation(site, grantee, grantor, null, "planning=consultation");
        ended.put("effet", today.minusDays(30).toString());
        ended.put("fin", today.minusDays(1).toString());
        String endedId = api.probe("delegation", ended).get("id").asText();
        Map<String, String> ending = delegation(TestIdentifiers.identifiant(), grantee, grantor, null, "planning=consultation");
        ending.put("fin", today.plusDays(7).toString());
        api.probe("delegation", ending);

        JsonNode done = api.probe("delegation-expiry", Map.of("today", today.toString()));
        assertTrue(done.get("closed").asInt() >= 1, done.toString());
        assertEquals(0, api.probe("delegated-rights", Map.of("userId", grantee, "site", site)).get("stored").asInt(), "closed");
        String path = "cibtp-delegations/sites/" + site + "/delegations/" + endedId;
        assertTrue(realm.admin().getAdminEvents().stream().anyMatch(e -> path.equals(e.getResourcePath())
                && "UPDATE".equals(e.getOperationType()) && e.getRepresentation().contains("expiree")), "an admin event tells the expiry");
        assertTrue(done.get("reminded").asInt() >= 2, "the grantee and the grantor are told");
        for (String email : new String[]{granteeEmail, grantorEmail}) {
            assertTrue(java.util.Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(email) && m.getSubject().contains("7");
                } catch (Exception e) {
                    return false;
                }
            }), email);
        }
    }

    private static Map<String, String> delegation(String site, String grantee, String grantor, String parent, String modes) {
        Map<String, String> d = new HashMap<>();
        d.put("site", site);
        d.put("granteeId", grantee);
        d.put("grantorId", grantor);
        if (parent != null) {
            d.put("parentId", parent);
        }
        d.put("viaCabinet", "90001-001-01");
        d.put("colleges", "ouvrier,etam,cadre");
        d.put("modes", modes);
        d.put("effet", LocalDate.now().minusDays(1).toString());
        return d;
    }
}
