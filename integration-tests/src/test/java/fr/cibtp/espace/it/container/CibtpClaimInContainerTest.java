package fr.cibtp.espace.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.Letters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The {@code cibtp} claim a portal reads (docs/cibtp-claim.md), in every place it is given, at sign-in and at refresh. */
@ExtendWith(KeycloakInContainer.class)
class CibtpClaimInContainerTest {

    private final ContainerServer server = KeycloakInContainer.server();

    @Test
    void theHolderOfASiteIsItsAdministratorWithEveryRightInTheTokensUserinfoAndRefresh() {
        Letters.NewSite site = Enrollments.newSite(server);
        Letters letters = site.letters();
        JsonNode tokens = Enrollments.enrolledAdministrator(server, letters, Enrollments.uniqueEmail("titulaire"));

        JsonNode expected = Portal.json("{\"espace\":\"entreprise\",\"site\":{\"identifiant\":\"" + letters.identifiant()
                + "\",\"siret\":\"" + letters.siret() + "\",\"nom\":\"ÉPINAL\",\"raison_sociale\":\"CHARPENTES VOSGIENNES\","
                + "\"numero_adherent\":\"" + numeroAdherent(site) + "\"},\"role\":\"administrateur\",\"admin\":true,"
                + "\"colleges\":[\"ouvrier\",\"etam\",\"cadre\"],\"droits\":\"*\"}");
        assertEquals(expected, Portal.claim(tokens), "access token");
        assertEquals(expected, Portal.payload(tokens.path("id_token").asText()).path("cibtp"), "ID token");
        assertEquals(expected, Apis.userinfo(server, tokens.path("access_token").asText()).path("cibtp"), "userinfo");

        JsonNode refreshed = new Portal(server).refresh(tokens.path("refresh_token").asText());
        assertEquals(expected, Portal.claim(refreshed), "after a refresh: " + refreshed);
    }

    private static String numeroAdherent(Letters.NewSite site) {
        Matcher numero = Pattern.compile("\"numero_adherent\":\"([^\"]+)\"").matcher(site.ndjson());
        if (!numero.find()) {
            throw new AssertionError("no numero_adherent in " + site.ndjson());
        }
        return numero.group(1);
    }
}
