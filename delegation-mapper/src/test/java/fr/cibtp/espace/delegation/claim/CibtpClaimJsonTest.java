package fr.cibtp.espace.delegation.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.cibtp.espace.delegation.Mode;
import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.SiteLabels;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.util.JsonSerialization;

/**
 * The claim's exact JSON, as Keycloak's mapper writes it into the tokens, userinfo and introspection: field order,
 * left-out values and types are part of the contract and of the access token's size.
 */
class CibtpClaimJsonTest {

    private static final RightsCatalogue CATALOGUE = RightsCatalogue.shipped();
    private static final SiteLabels METZ = new SiteLabels("29209-001-12", "32483899499750", "BÂTIR DU GRAND EST - METZ",
            "BÂTIR DU GRAND EST", "0551617");
    private static final String METZ_JSON = "{\"identifiant\":\"29209-001-12\",\"siret\":\"32483899499750\","
            + "\"nom\":\"BÂTIR DU GRAND EST - METZ\",\"raison_sociale\":\"BÂTIR DU GRAND EST\",\"numero_adherent\":\"0551617\"}";
    /** The claim up to the site's block: what every claim naming Metz starts with. */
    private static final String AT_METZ = "{\"espace\":\"entreprise\",\"site\":" + METZ_JSON;
    private static final String ADMINISTRATOR_JSON = AT_METZ
            + ",\"role\":\"administrateur\",\"admin\":true,\"colleges\":[\"ouvrier\",\"etam\",\"cadre\"],\"droits\":\"*\"}";
    private static final String DUBOIS_JSON =
            "{\"espace\":\"salarie\",\"salarie\":{\"identifiant\":\"1000457821\",\"nom\":\"DUBOIS\",\"prenom\":\"KARIM\"}}";
    private static final PostalAddress DUBOIS = new PostalAddress("DUBOIS", "KARIM", "12 RUE DES LILAS", null, "57000", "METZ");

    private static String json(Object value) throws JsonProcessingException {
        return JsonSerialization.mapper.writeValueAsString(value);
    }

    private static Rights rights(Set<String> colleges, boolean admin, Object... featureModes) {
        Map<String, Mode> modes = new LinkedHashMap<>();
        for (int i = 0; i < featureModes.length; i += 2) {
            modes.put((String) featureModes[i], (Mode) featureModes[i + 1]);
        }
        return new Rights(colleges, modes, admin);
    }

    @Test
    void withoutAChosenSite() throws Exception {
        assertEquals("{\"espace\":\"entreprise\"}", json(CibtpClaim.entreprise(null)));
    }

    @Test
    void theSiteAlone() throws Exception {
        assertEquals(AT_METZ + "}", json(CibtpClaim.entreprise(METZ)));
    }

    @Test
    void emptySiteLabelsAreLeftOut() throws Exception {
        assertEquals("{\"espace\":\"entreprise\",\"site\":{\"identifiant\":\"29209-001-12\",\"raison_sociale\":\"BÂTIR\"}}",
                json(CibtpClaim.entreprise(new SiteLabels("29209-001-12", "", null, "BÂTIR", ""))));
    }

    @Test
    void aSiteWithoutAnyLabelIsAnEmptyObject() throws Exception {
        assertEquals("{\"espace\":\"entreprise\",\"site\":{}}",
                json(CibtpClaim.entreprise(new SiteLabels(null, "", null, null, null))));
    }

    @Test
    void rightsWithoutASiteGiveOnlyTheSpace() throws Exception {
        assertEquals("{\"espace\":\"entreprise\"}",
                json(CibtpClaim.entreprise(null, "administrateur", Rights.administrator(CATALOGUE), CATALOGUE)));
    }

    @Test
    void noRightsNameTheSiteOnly() throws Exception {
        assertEquals(AT_METZ + "}", json(CibtpClaim.entreprise(METZ, "utilisateur", Rights.none(), CATALOGUE)));
        assertEquals(AT_METZ + "}",
                json(CibtpClaim.entreprise(METZ, "cabinet", Rights.none(), "cabinet:90001-001-01", CATALOGUE)));
    }

    @Test
    void theAdministrator() throws Exception {
        assertEquals(ADMINISTRATOR_JSON,
                json(CibtpClaim.entreprise(METZ, "administrateur", Rights.administrator(CATALOGUE), CATALOGUE)));
    }

    @Test
    void anUtilisateurWithAFewRightsInTheCataloguesOrder() throws Exception {
        Rights few = rights(Set.of("etam", "ouvrier"), false, "planning", Mode.CONSULTATION, "telepaiements", Mode.MISE_A_JOUR,
                "situation-compte", Mode.CONSULTATION);
        assertEquals(AT_METZ + ",\"role\":\"utilisateur\",\"admin\":false,\"colleges\":[\"ouvrier\",\"etam\"],"
                + "\"droits\":{\"situation-compte\":\"consultation\",\"telepaiements\":\"mise_a_jour\",\"planning\":\"consultation\"}}",
                json(CibtpClaim.entreprise(METZ, "utilisateur", few, CATALOGUE)));
    }

    @Test
    void aDelegatedAdministratorWithoutEveryRight() throws Exception {
        Map<String, Mode> modes = new LinkedHashMap<>(Rights.administrator(CATALOGUE).modes());
        modes.put("comptes-bancaires", Mode.CONSULTATION);
        modes.remove("documents");
        Rights rights = new Rights(Set.of("cadre"), modes, true);
        assertEquals(AT_METZ + ",\"role\":\"administrateur\",\"admin\":true,\"colleges\":[\"cadre\"],"
                + "\"droits\":{\"informations-adherent\":\"mise_a_jour\",\"comptes-bancaires\":\"consultation\","
                + "\"situation-compte\":\"consultation\",\"telepaiements\":\"mise_a_jour\",\"mode-reception-documents\":\"mise_a_jour\","
                + "\"demandes-attestation\":\"mise_a_jour\",\"remboursements-retraite\":\"consultation\","
                + "\"declarations-salaires\":\"mise_a_jour\",\"declarations-nominatives\":\"mise_a_jour\","
                + "\"gestion-salaries\":\"mise_a_jour\",\"conges-groupes\":\"mise_a_jour\",\"planning\":\"consultation\","
                + "\"liste-indemnites\":\"consultation\",\"remboursements-intemperies\":\"consultation\","
                + "\"arrets-intemperies\":\"mise_a_jour\",\"transmission-fichiers\":\"mise_a_jour\"}}",
                json(CibtpClaim.entreprise(METZ, "administrateur", rights, CATALOGUE)));
    }

    @Test
    void everyFeatureForOneCollegeIsAStar() throws Exception {
        Rights rights = new Rights(Set.of("ouvrier"), Rights.administrator(CATALOGUE).modes(), false);
        assertEquals(AT_METZ + ",\"role\":\"utilisateur\",\"admin\":false,\"colleges\":[\"ouvrier\"],\"droits\":\"*\"}",
                json(CibtpClaim.entreprise(METZ, "utilisateur", rights, CATALOGUE)));
    }

    @Test
    void aCabinetCollaboratorNamesTheCabinet() throws Exception {
        Rights rights = rights(Set.of("ouvrier", "etam", "cadre"), false, "telepaiements", Mode.CONSULTATION,
                "situation-compte", Mode.CONSULTATION);
        assertEquals(AT_METZ + ",\"role\":\"cabinet\",\"admin\":false,\"colleges\":[\"ouvrier\",\"etam\",\"cadre\"],"
                + "\"droits\":{\"situation-compte\":\"consultation\",\"telepaiements\":\"consultation\"},\"via\":\"cabinet:90001-001-01\"}",
                json(CibtpClaim.entreprise(METZ, "cabinet", rights, "cabinet:90001-001-01", CATALOGUE)));
    }

    @Test
    void aCabinetWithEveryRight() throws Exception {
        assertEquals(AT_METZ + ",\"role\":\"cabinet\",\"admin\":true,\"colleges\":[\"ouvrier\",\"etam\",\"cadre\"],"
                + "\"droits\":\"*\",\"via\":\"cabinet:90001-001-01\"}",
                json(CibtpClaim.entreprise(METZ, "cabinet", Rights.administrator(CATALOGUE), "cabinet:90001-001-01", CATALOGUE)));
    }

    @Test
    void rightsOutsideTheCatalogueGiveEmptyCollegesAndDroits() throws Exception {
        Rights unknown = rights(Set.of("apprenti"), false, "inconnue", Mode.MISE_A_JOUR);
        assertEquals(AT_METZ + ",\"role\":\"utilisateur\",\"admin\":false,\"colleges\":[],\"droits\":{}}",
                json(CibtpClaim.entreprise(METZ, "utilisateur", unknown, CATALOGUE)));
    }

    @Test
    void aMissingRoleAndAnEmptyVia() throws Exception {
        Rights few = rights(Set.of("cadre"), false, "planning", Mode.CONSULTATION);
        assertEquals(AT_METZ + ",\"admin\":false,\"colleges\":[\"cadre\"],\"droits\":{\"planning\":\"consultation\"},\"via\":\"\"}",
                json(CibtpClaim.entreprise(METZ, null, few, "", CATALOGUE)));
    }

    @Test
    void theClaimInTheAccessToken() throws Exception {
        AccessToken token = new AccessToken();
        token.getOtherClaims().put(CibtpClaim.NAME,
                CibtpClaim.entreprise(METZ, "administrateur", Rights.administrator(CATALOGUE), CATALOGUE));
        assertEquals("{\"cibtp\":" + ADMINISTRATOR_JSON + "}", json(token));
    }

    @Test
    void aSalarieAccountWithoutSalarie() throws Exception {
        assertEquals("{\"espace\":\"salarie\"}", json(CibtpClaim.salarie(null, null)));
        assertEquals("{\"espace\":\"salarie\"}", json(CibtpClaim.salarie(null, DUBOIS)));
    }

    @Test
    void aSalarieWithoutHolderAddress() throws Exception {
        assertEquals("{\"espace\":\"salarie\",\"salarie\":{\"identifiant\":\"1000457821\"}}",
                json(CibtpClaim.salarie("1000457821", null)));
    }

    @Test
    void aSalarieWithHolderAddress() throws Exception {
        assertEquals(DUBOIS_JSON, json(CibtpClaim.salarie("1000457821", DUBOIS)));
    }

    @Test
    void emptySalarieNamesAreLeftOut() throws Exception {
        assertEquals("{\"espace\":\"salarie\",\"salarie\":{\"identifiant\":\"1000457821\"}}",
                json(CibtpClaim.salarie("1000457821", new PostalAddress("", null, null, null, null, null))));
        assertEquals("{\"espace\":\"salarie\",\"salarie\":{\"identifiant\":\"1000457821\",\"prenom\":\"KARIM\"}}",
                json(CibtpClaim.salarie("1000457821", new PostalAddress(null, "KARIM", null, null, null, null))));
        assertEquals("{\"espace\":\"salarie\",\"salarie\":{\"nom\":\"DUBOIS\",\"prenom\":\"KARIM\"}}",
                json(CibtpClaim.salarie("", DUBOIS)));
        assertEquals("{\"espace\":\"salarie\",\"salarie\":{}}", json(CibtpClaim.salarie("", null)));
    }

    @Test
    void theSalarieClaimInTheAccessToken() throws Exception {
        AccessToken token = new AccessToken();
        token.getOtherClaims().put(CibtpClaim.NAME, CibtpClaim.salarie("1000457821", DUBOIS));
        assertEquals("{\"cibtp\":" + DUBOIS_JSON + "}", json(token));
    }
}
