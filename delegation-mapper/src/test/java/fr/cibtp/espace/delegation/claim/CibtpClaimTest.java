package fr.cibtp.espace.delegation.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.Site;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class CibtpClaimTest {

    /** The claim as a portal reads it from the token. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(CibtpClaim claim) throws IOException {
        return JsonSerialization.mapper.readValue(JsonSerialization.mapper.writeValueAsString(claim), Map.class);
    }

    @Test
    void anEntrepriseTokenNamesTheChosenSiteAsTheContractSays() throws IOException {
        Site site = new Site("29209-001-12", "32483899499750", "BÂTIR DU GRAND EST - METZ", "BÂTIR DU GRAND EST", "0551617",
                "90001-001-01", null, List.of());
        assertEquals(Map.of("espace", "entreprise", "site", Map.of("identifiant", "29209-001-12", "siret", "32483899499750",
                "nom", "BÂTIR DU GRAND EST - METZ", "raison_sociale", "BÂTIR DU GRAND EST", "numero_adherent", "0551617")),
                read(CibtpClaim.entreprise(site.labels())));
    }

    @Test
    void theAdministratorHasEveryRightAsAStarAndTheCollegesInTheCataloguesOrder() throws IOException {
        RightsCatalogue catalogue = RightsCatalogue.shipped();
        Site site = new Site("29209-001-12", "32483899499750", "METZ", "BÂTIR", "0551617", null, null, List.of());
        Map<String, Object> claim = read(CibtpClaim.entreprise(site.labels(), "administrateur", Rights.administrator(catalogue), catalogue));
        assertEquals("administrateur", claim.get("role"));
        assertEquals(true, claim.get("admin"));
        assertEquals(List.of("ouvrier", "etam", "cadre"), claim.get("colleges"));
        assertEquals("*", claim.get("droits"), "every right, in one character");
    }

    @Test
    void noRightsNoRightsBlock() {
        Site site = new Site("29209-001-12", "32483899499750", "METZ", "BÂTIR", "0551617", null, null, List.of());
        assertEquals(CibtpClaim.entreprise(site.labels()), CibtpClaim.entreprise(site.labels(), "utilisateur", Rights.none(), RightsCatalogue.shipped()));
    }

    @Test
    void withoutAChosenSiteOnlyTheSpace() throws IOException {
        assertEquals(Map.of("espace", "entreprise"), read(CibtpClaim.entreprise(null)));
    }

    @Test
    void aSalarieTokenNamesTheSalarie() throws IOException {
        assertEquals(Map.of("espace", "salarie", "salarie", Map.of("identifiant", "1000457821", "nom", "DUBOIS", "prenom", "KARIM")),
                read(CibtpClaim.salarie("1000457821", new PostalAddress("DUBOIS", "KARIM", null, null, null, null))));
    }
}
