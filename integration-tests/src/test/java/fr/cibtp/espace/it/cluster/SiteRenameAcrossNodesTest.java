package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import fr.cibtp.espace.it.support.Letters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A holder's refreshes keep its site in the user session: a registry import on one node that renames the site shows in
 * the next refresh on the other node, and in the site chooser's search.
 */
@ExtendWith(TwoNodes.class)
class SiteRenameAcrossNodesTest {

    private final Cluster cluster = TwoNodes.cluster();

    @Test
    void aSiteRenamedByAnImportOnNodeAIsNamedAnewAtTheNextRefreshOnNodeB() {
        ClusterNode a = cluster.node(0);
        ClusterNode b = cluster.node(1);
        Letters letters = Enrollments.newSite(a);
        JsonNode tokens = Enrollments.enrolledAdministrator(cluster, a, letters, Enrollments.uniqueEmail("admin"));
        JsonNode site = Portals.claim(tokens).path("site");
        String name = site.path("nom").asText();

        tokens = Portals.refresh(b, tokens.path("refresh_token").asText());
        assertEquals(name, Portals.claim(tokens).path("site").path("nom").asText(), tokens.toString());
        tokens = Portals.refresh(a, tokens.path("refresh_token").asText());
        assertEquals("administrateur", Portals.claim(tokens).path("role").asText(), tokens.toString());

        Apis.importRegistry(a, "{\"type\":\"site\",\"identifiant\":\"" + letters.identifiant() + "\",\"numero_adherent\":\""
                + site.path("numero_adherent").asText() + "\",\"siret\":\"" + site.path("siret").asText()
                + "\",\"nom\":\"" + name + " - NOUVELLE ADRESSE\"}\n");

        tokens = Portals.refresh(b, tokens.path("refresh_token").asText());
        assertEquals(name + " - NOUVELLE ADRESSE", Portals.claim(tokens).path("site").path("nom").asText(),
                "renamed on A, refreshed on B: " + tokens);
        assertEquals("administrateur", Portals.claim(tokens).path("role").asText());
        assertEquals(1, Apis.count("select count(*) from CIBTP_ACCOUNT_LINK where IDENTIFIANT = ? and SITE_NAME = ?",
                letters.identifiant(), name + " - NOUVELLE ADRESSE"), "the chooser's copy renamed too");
    }
}
