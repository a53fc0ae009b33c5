package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.TestIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;

/** POST /realms/cibtp/cibtp-registry/import on the real server: counts, rejects, idempotence, access. */
@KeycloakIntegrationTest
class RegistryImportTest {

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    private RegistryApi api;
    private String token;

    @BeforeEach
    void backOffice() {
        api = new RegistryApi(realm);
        token = api.serviceAccountToken("back-office-import", true);
    }

    @Test
    void appliesGoodLinesRejectsBadOnesExactlyAndReimportsAsUnchanged() {
        String cabinet = TestIdentifiers.identifiant();
        String siren = TestIdentifiers.siren();
        String otherSiren = TestIdentifiers.siren();
        String numero = TestIdentifiers.numeroAdherent();
        String site1 = TestIdentifiers.identifiant();
        String site2 = TestIdentifiers.identifiant();
        String orphan = TestIdentifiers.identifiant();
        String salarie = TestIdentifiers.salarie();
        String siret1 = TestIdentifiers.siret(siren);
        String file = String.join("\n",
                "{\"type\":\"cabinet\",\"identifiant\":\"" + cabinet + "\",\"siret\":\"" + TestIdentifiers.siret(TestIdentifiers.siren())
                        + "\",\"raison_sociale\":\"COMPTAGESTION\",\"titulaire\":{\"nom\":\"MARTIN\",\"prenom\":\"CLAIRE\"}}",
                "{\"type\":\"adherent\",\"numero_adherent\":\"" + numero + "\",\"siren\":\"" + siren
                        + "\",\"raison_sociale\":\"BÂTIR DU GRAND EST\",\"cabinet\":\"" + cabinet + "\"}",
                "{\"type\":\"site\",\"identifiant\":\"" + site1 + "\",\"numero_adherent\":\"" + numero + "\",\"siret\":\"" + siret1
                        + "\",\"nom\":\"METZ\",\"adresse\":{\"ligne1\":\"4 AVENUE FOCH\",\"code_postal\":\"57000\",\"ville\":\"METZ\"}}",
                "{not json",
                "{\"type\":\"usine\",\"identifiant\":\"" + site2 + "\"}",
                "{\"type\":\"site\",\"identifiant\":\"" + site2 + "\",\"numero_adherent\":\"" + numero + "\",\"siret\":\""
                        + siret1.substring(0, 13) + ((siret1.charAt(13) - '0' + 1) % 10) + "\",\"nom\":\"LUHN\"}",
                "{\"type\":\"site\",\"identifiant\":\"" + site2 + "\",\"numero_adherent\":\"" + numero + "\",\"siret\":\""
                        + TestIdentifiers.siret(otherSiren) + "\",\"nom\":\"AUTRE SIREN\"}",
                "{\"type\":\"site\",\"identifiant\":\"" + orphan + "\",\"numero_adherent\":\"X999\",\"siret\":\"" + siret1 + "\",\"nom\":\"ORPHELIN\"}",
                "",
                "{\"type\":\"site\",\"identifiant\":\"" + site2 + "\",\"numero_adherent\":\"" + numero + "\",\"siret\":\""
                        + TestIdentifiers.siret(siren) + "\",\"nom\":\"NANCY\",\"alertes_dsn\":[{\"periode\":\"2022-08\","
                        + "\"message\":\"Une déclaration à rectifier\"}]}",
                "{\"type\":\"site\",\"identifiant\":\"" + site1 + "\",\"numero_adherent\":\"" + numero + "\",\"siret\":\"" + siret1
                        + "\",\"nom\":\"METZ CENTRE\"}",
                "{\"type\":\"salarie\",\"identifiant\":\"" + salarie + "\",\"nom\":\"DUBOIS\",\"prenom\":\"KARIM\"}");

        JsonNode first = RegistryApi.json(expect(200, api.importNdjson(token, file)));
        assertEquals(5, first.get("created").asLong(), first.toString());
        assertEquals(0, first.get("updated").asLong());
        assertEquals(0, first.get("unchanged").asLong());
        List<String> expectedRejects = List.of(
                "4:Ligne illisible : ce n'est pas un objet JSON valide.",
                "5:Type inconnu « usine » : attendu cabinet, adherent, site ou salarie.",
                "6:SIRET invalide (clé de contrôle fausse).",
                "7:Le SIRET " + siretOnLine(file, 7) + " ne commence pas par le SIREN " + siren + " de l'adhérent " + numero + ".",
                "8:Adhérent inconnu : X999 (sa ligne « adherent » doit précéder ses sites).",
                "11:Identifiant " + site1 + " déjà présent plus haut dans ce fichier avec d'autres données.");
        assertEquals(expectedRejects, rejects(first));

        JsonNode again = RegistryApi.json(expect(200, api.importNdjson(token, file)));
        assertEquals(0, again.get("created").asLong(), again.toString());
        assertEquals(0, again.get("updated").asLong());
        assertEquals(5, again.get("unchanged").asLong());
        assertEquals(expectedRejects, rejects(again));

        // The rejected lines wrote nothing: the orphan site does not exist.
        HttpResponse<String> codes = api.post(token, "/cibtp-registry/codes", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"identifiants\":[\"" + orphan + "\"]}"));
        assertEquals(400, codes.statusCode());
        assertEquals("identifiants_inconnus", RegistryApi.json(codes).get("erreur").asText());
    }

    @Test
    void aChangedRecordIsUpdated() {
        String siren = TestIdentifiers.siren();
        String numero = TestIdentifiers.numeroAdherent();
        String adherent = "{\"type\":\"adherent\",\"numero_adherent\":\"" + numero + "\",\"siren\":\"" + siren + "\",\"raison_sociale\":\"%s\"}";
        assertEquals(1, RegistryApi.json(api.importNdjson(token, adherent.formatted("AVANT"))).get("created").asLong());
        JsonNode changed = RegistryApi.json(api.importNdjson(token, adherent.formatted("APRÈS")));
        assertEquals(1, changed.get("updated").asLong(), changed.toString());
    }

    @Test
    void aSirenStaysWhileASiteOfTheSameFileNamesItsAdherent() {
        String siren = TestIdentifiers.siren();
        String numero = TestIdentifiers.numeroAdherent();
        String adherent = "{\"type\":\"adherent\",\"numero_adherent\":\"" + numero + "\",\"siren\":\"%s\",\"raison_sociale\":\"X\"}";
        assertEquals(1, RegistryApi.json(api.importNdjson(token, adherent.formatted(siren))).get("created").asLong());
        String file = "{\"type\":\"site\",\"identifiant\":\"" + TestIdentifiers.identifiant() + "\",\"numero_adherent\":\"" + numero
                + "\",\"siret\":\"" + TestIdentifiers.siret(siren) + "\",\"nom\":\"METZ\"}\n" + adherent.formatted(TestIdentifiers.siren());
        JsonNode report = RegistryApi.json(expect(200, api.importNdjson(token, file)));
        assertEquals(1, report.get("created").asLong(), report.toString());
        assertEquals(List.of("2:Le SIREN de l'adhérent " + numero + " ne peut pas changer : des sites déclarants en dépendent."),
                rejects(report));
    }

    @Test
    void aSecondLineForTheSameRecordIsRecognisedInALaterBatch() {
        String line = "{\"type\":\"salarie\",\"identifiant\":\"%s\",\"nom\":\"%s\",\"prenom\":\"A\"}\n";
        String salarie = TestIdentifiers.salarie();
        StringBuilder file = new StringBuilder(line.formatted(salarie, "ROUX"));
        // More valid lines than a batch holds, so that the repeated lines fall in another batch.
        for (int i = 0; i < 1000; i++) {
            file.append(line.formatted(TestIdentifiers.salarie(), "AUTRE"));
        }
        file.append(line.formatted(salarie, "ROUX")).append(line.formatted(salarie, "MARTIN"));
        JsonNode report = RegistryApi.json(expect(200, api.importNdjson(token, file.toString())));
        assertEquals(1001, report.get("created").asLong(), report.toString());
        assertEquals(1, report.get("unchanged").asLong(), report.toString());
        assertEquals(List.of("1003:Identifiant " + salarie + " déjà présent plus haut dans ce fichier avec d'autres données."),
                rejects(report));
    }

    @Test
    void aFiveMegabyteLineIsRejectedAloneAndTheRestIsApplied() {
        String salarie = TestIdentifiers.salarie();
        String huge = "{\"type\":\"salarie\",\"nom\":\"" + "X".repeat(5 * 1024 * 1024) + "\"}";
        String body = huge + "\n{\"type\":\"salarie\",\"identifiant\":\"" + salarie + "\",\"nom\":\"ROUX\",\"prenom\":\"ÉLODIE\"}\n";
        JsonNode report = RegistryApi.json(expect(200, api.importNdjson(token, body)));
        assertEquals(1, report.get("created").asLong(), report.toString());
        assertEquals(List.of("1:Ligne trop longue (plus de 65536 octets)."), rejects(report));
    }

    @Test
    void aBodyOverKeycloaksTenMegabytesIsRefusedWholeAndItsPartsAreImportedOneAfterTheOther() throws Exception {
        // A field the import does not know is ignored: long lines make an 11 MB file of a few hundred lines.
        String line = "{\"type\":\"salarie\",\"identifiant\":\"%s\",\"nom\":\"ROUX\",\"prenom\":\"A\",\"commentaire\":\"%s\"}\n";
        String first = TestIdentifiers.salarie();
        String padding = "P".repeat(60_000);
        StringBuilder file = new StringBuilder(line.formatted(first, "PREMIER"));
        while (file.length() < 11 * 1024 * 1024) {
            file.append(line.formatted(TestIdentifiers.salarie(), padding));
        }
        assertEquals(413, oversized(file.toString()), "no endpoint takes more than 10 MB");
        assertTrue(api.get(token, "/cibtp-registry/precomptes/" + first + "/titulaires").statusCode() == 404, "nothing was read");

        int half = file.indexOf("\n", file.length() / 2) + 1;
        long created = 0;
        for (String part : List.of(file.substring(0, half), file.substring(half))) {
            created += RegistryApi.json(expect(200, api.importNdjson(token, part))).get("created").asLong();
        }
        assertEquals(file.chars().filter(c -> c == '\n').count(), created, "every line of the two parts");
    }

    /** The status of an import of {@code body}, asking first whether it may be sent (as curl does for large files). */
    private int oversized(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/cibtp-registry/import")).expectContinue(true)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void refusesAnythingButNdjsonInFrench() {
        HttpResponse<String> response = api.post(token, "/cibtp-registry/import", "application/json",
                HttpRequest.BodyPublishers.ofString("[]"));
        assertEquals(415, response.statusCode());
        assertEquals("Le fichier doit être envoyé en application/x-ndjson : un enregistrement JSON par ligne.",
                RegistryApi.json(response).get("message").asText());
    }

    @Test
    void letsInOnlyTheRegistryRole() {
        HttpResponse<String> anonymous = api.importNdjson(null, "{}");
        assertEquals(401, anonymous.statusCode());
        String otherToken = api.serviceAccountToken("portail-sans-role", false);
        HttpResponse<String> forbidden = api.importNdjson(otherToken, "{}");
        assertEquals(403, forbidden.statusCode());
        assertTrue(RegistryApi.json(forbidden).get("message").asText().contains("cibtp-registry-admin"));
        assertEquals(403, api.get(otherToken, "/cibtp-registry/code-requests").statusCode());
    }

    private static List<String> rejects(JsonNode report) {
        return java.util.stream.StreamSupport.stream(report.get("rejected").spliterator(), false)
                .map(r -> r.get("line").asLong() + ":" + r.get("reason").asText()).toList();
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    /** The SIRET written on a line of the file, for the expected message. */
    private static String siretOnLine(String file, int lineNumber) {
        String line = file.split("\n")[lineNumber - 1];
        int at = line.indexOf("\"siret\":\"") + 9;
        return line.substring(at, at + 14);
    }
}
