package fr.cibtp.espace.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.Site;
import org.junit.jupiter.api.Test;

class CibtpClaimTest {

    @Test
    void anEntrepriseTokenNamesTheChosenSiteAsTheContractSays() {
        Site site = new Site("29209-001-12", "32483899499750", "BÂTIR DU GRAND EST - METZ", "BÂTIR DU GRAND EST", "0551617",
                "90001-001-01", null, List.of());
        assertEquals(Map.of("espace", "entreprise", "site", Map.of("identifiant", "29209-001-12", "siret", "32483899499750",
                "nom", "BÂTIR DU GRAND EST - METZ", "raison_sociale", "BÂTIR DU GRAND EST", "numero_adherent", "0551617")),
                CibtpClaim.entreprise(site));
    }

    @Test
    void withoutAChosenSiteOnlyTheSpace() {
        assertEquals(Map.of("espace", "entreprise"), CibtpClaim.entreprise(null));
    }

    @Test
    void aSalarieTokenNamesTheSalarie() {
        assertEquals(Map.of("espace", "salarie", "salarie", Map.of("identifiant", "1000457821", "nom", "DUBOIS", "prenom", "KARIM")),
                CibtpClaim.salarie("1000457821", new PostalAddress("DUBOIS", "KARIM", null, null, null, null)));
    }
}
