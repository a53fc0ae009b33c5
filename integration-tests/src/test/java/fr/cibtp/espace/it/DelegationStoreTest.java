package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cibtp.espace.it.support.CaisseCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.DelegationsOnServer;
import fr.cibtp.espace.it.support.DelegationsOnServer.Expiry;
import fr.cibtp.espace.it.support.DelegationsOnServer.Rights;
import fr.cibtp.espace.it.support.RegistryOnServer;
import fr.cibtp.espace.it.support.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;

/** Delegations in Keycloak's database: a cabinet's chain, narrowing, closing, and removal with the grantee. */
@KeycloakIntegrationTest
class DelegationStoreTest {

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectMailServer
    MailServer mail;

    @Test
    void aCollaboratorGetsWhatTheCabinetGotAtMostAndNothingOnceItIsClosed() {
        String site = TestIdentifiers.identifiant();
        String holder = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("titulaire"), null, false);
        String cabinetAdmin = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("cabinet"), null, false);
        String collaborator = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("collaborateur"), null, false);
        String toCabinet = store(delegation(site, cabinetAdmin, holder, null,
                "situation-compte=consultation,telepaiements=consultation,planning=consultation"));
        store(delegation(site, collaborator, cabinetAdmin, toCabinet, "telepaiements=mise_a_jour"));

        Rights rights = rights(collaborator, site);
        assertEquals(2, rights.stored(), "its delegation and the one it is made from");
        assertEquals("cabinet", rights.role());
        assertEquals("cabinet:90001-001-01", rights.via());
        assertEquals("consultation", rights.droits().get("telepaiements"), "no more than the cabinet got");
        assertEquals(1, rights.droits().size());

        assertTrue(close(toCabinet));
        assertEquals(0, rights(collaborator, site).droits().size(),
                "closing the cabinet's delegation takes every sub-delegation's effect at once");
        assertFalse(close(toCabinet));

        assertEquals(1L, runOnServer.fetch(RegistryOnServer.storedLinks(collaborator), Long.class), "the site is in its chooser");
        realm.admin().users().delete(cabinetAdmin).close();
        assertEquals(0, rights(collaborator, site).stored(),
                "the removed user's delegations go with it, and what was made from them (the foreign key cascades)");
        assertEquals(0L, runOnServer.fetch(RegistryOnServer.storedLinks(collaborator), Long.class),
                "and the site leaves the chooser of whoever no longer reaches it");
    }

    @Test
    void theDailyJobClosesEndedDelegationsAndRemindsSevenDaysBefore() {
        String site = TestIdentifiers.identifiant();
        String grantorEmail = CibtpRealm.uniqueEmail("donneur");
        String granteeEmail = CibtpRealm.uniqueEmail("beneficiaire");
        String grantor = CibtpRealm.createUser(realm, grantorEmail, null, false);
        String grantee = CibtpRealm.createUser(realm, granteeEmail, null, false);
        LocalDate today = CaisseCalendar.today();
        Map<String, String> ended = delegation(site, grantee, grantor, null, "planning=consultation");
        ended.put("effet", today.minusDays(30).toString());
        ended.put("fin", today.minusDays(1).toString());
        String endedId = store(ended);
        Map<String, String> ending = delegation(TestIdentifiers.identifiant(), grantee, grantor, null, "planning=consultation");
        ending.put("fin", today.plusDays(7).toString());
        store(ending);

        Expiry done = runOnServer.fetch(DelegationsOnServer.expire(today), Expiry.class);
        assertTrue(done.closed() >= 1, done.toString());
        assertEquals(0, rights(grantee, site).stored(), "closed");
        String path = "cibtp-delegations/sites/" + site + "/delegations/" + endedId;
        assertTrue(realm.admin().getAdminEvents().stream().anyMatch(e -> path.equals(e.getResourcePath())
                && "UPDATE".equals(e.getOperationType()) && e.getRepresentation().contains("expiree")), "an admin event tells the expiry");
        assertTrue(done.reminded() >= 2, "the grantee and the grantor are told");
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

    /** Stores a delegation as the delegation API does; returns its id. */
    private String store(Map<String, String> delegation) {
        return runOnServer.fetch(DelegationsOnServer.add(delegation), String.class);
    }

    private Rights rights(String userId, String site) {
        return runOnServer.fetch(DelegationsOnServer.rights(userId, site), Rights.class);
    }

    private boolean close(String delegationId) {
        return runOnServer.fetch(DelegationsOnServer.close(delegationId), Boolean.class);
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
        d.put("effet", CaisseCalendar.today().minusDays(1).toString());
        return d;
    }
}
