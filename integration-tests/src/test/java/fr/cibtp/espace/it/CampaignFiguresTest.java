package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.CodesOnServer;
import fr.cibtp.espace.it.support.CodesOnServer.Check;
import fr.cibtp.espace.it.support.CodesOnServer.CodeState;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.RegistryOnServer;
import fr.cibtp.espace.it.support.RegistryRecords;
import fr.cibtp.espace.it.support.TestIdentifiers;
import fr.cibtp.espace.identifiers.ProvisionalCode;
import fr.cibtp.espace.registry.PrecompteKind;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;

/**
 * The enrollment campaign's figures and its relaunch file, through the registry API. The précomptes here are in
 * Corse-du-Sud (2A) and La Réunion (974), where no other test puts any: their départements' figures are exact.
 */
@KeycloakIntegrationTest
class CampaignFiguresTest {

    private static final String CAMPAIGN = "/cibtp-registry/campagne";
    private static final SecureRandom RANDOM = new SecureRandom();

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @Test
    void countsEnrollmentsLettersAndRequestsByDepartementAndWeek() {
        RegistryApi api = new RegistryApi(realm);
        String token = api.serviceAccountToken("back-office-campagne", true);
        JsonNode before = figures(api, token, "");
        Campaign c = new Campaign();
        importRegistry(api, token, c);

        // Ajaccio's letter is used, and its site held by two accounts (it counts once); Porticcio's letter expired.
        Check accepted = runOnServer.fetch(CodesOnServer.check(PrecompteKind.SITE, c.ajaccio, c.siret(c.ajaccio), c.code(c.ajaccio)), Check.class);
        assertEquals("ACCEPTED", accepted.outcome());
        assertEquals(Boolean.TRUE, runOnServer.fetch(CodesOnServer.consume(PrecompteKind.SITE, c.ajaccio, accepted.codeIssuedAt()), Boolean.class));
        String first = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("campagne"), null, false);
        String second = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("campagne"), null, false);
        runOnServer.run(RegistryOnServer.link(first, PrecompteKind.SITE, c.ajaccio));
        runOnServer.run(RegistryOnServer.link(second, PrecompteKind.SITE, c.ajaccio));
        assertEquals(1, runOnServer.fetch(CodesOnServer.expire(PrecompteKind.SITE, c.porticcio), Integer.class));
        // The first adhérent's site in La Réunion is held; the second adhérent's site is locked by wrong codes.
        runOnServer.run(RegistryOnServer.link(first, PrecompteKind.SITE, c.saintDenis));
        lockWithWrongCodes(c.saintPierre, c.siret(c.saintPierre));
        runOnServer.run(RegistryOnServer.link(CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("campagne"), null, false),
                PrecompteKind.CABINET, c.cabinet));
        runOnServer.run(RegistryOnServer.link(CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("campagne"), null, false),
                PrecompteKind.SALARIE, c.salarieAjaccio));
        assertEquals(Boolean.TRUE, runOnServer.fetch(CodesOnServer.requestCode(c.salarieReunion), Boolean.class));

        JsonNode after = figures(api, token, "");
        JsonNode corse = departement(after, "2A");
        assertEnrollment(corse.get("sites"), 2, 1, 1);
        assertEnrollment(corse.get("adherents"), 1, 1, 1);
        assertEnrollment(corse.get("cabinets"), 1, 1, 1);
        assertEnrollment(corse.get("salaries"), 1, 1, 1);
        assertLetters(corse.get("courriers"), 4, 1, 1, 0);
        assertEquals(0, corse.get("demandes_de_code_en_attente").asLong());

        JsonNode reunion = departement(after, "974");
        assertEnrollment(reunion.get("sites"), 2, 1, 1);
        assertEnrollment(reunion.get("adherents"), 2, 1, 1);
        assertEnrollment(reunion.get("cabinets"), 0, 0, 0);
        assertEnrollment(reunion.get("salaries"), 1, 0, 0);
        assertLetters(reunion.get("courriers"), 3, 0, 0, 1);
        assertEquals(1, reunion.get("demandes_de_code_en_attente").asLong());

        // Realm-wide, the first adhérent counts once though it has sites in both départements.
        assertEquals(2, delta(before, after, "total", "adherents", "total"));
        assertEquals(1, delta(before, after, "total", "adherents", "inscrits"));
        assertEquals(4, delta(before, after, "total", "sites", "total"));
        assertEquals(2, delta(before, after, "total", "sites", "inscrits_sur_la_periode"));
        assertEquals(1, delta(before, after, "total", "demandes_de_code_en_attente"));
        // This week's line gains the sites, adhérent, cabinet and salarié first held here, and the weeks add up.
        JsonNode thisWeek = last(after.get("semaines"));
        JsonNode weekBefore = last(before.get("semaines"));
        assertEquals(weekBefore.get("semaine"), thisWeek.get("semaine"));
        assertEquals(2, thisWeek.get("sites").asLong() - weekBefore.get("sites").asLong());
        assertEquals(1, thisWeek.get("adherents").asLong() - weekBefore.get("adherents").asLong());
        assertEquals(1, thisWeek.get("cabinets").asLong() - weekBefore.get("cabinets").asLong());
        assertEquals(1, thisWeek.get("salaries").asLong() - weekBefore.get("salaries").asLong());
        for (String kind : List.of("sites", "adherents", "cabinets", "salaries")) {
            long weeks = StreamSupport.stream(after.get("semaines").spliterator(), false).mapToLong(w -> w.get(kind).asLong()).sum();
            assertEquals(after.get("total").get(kind).get("inscrits_sur_la_periode").asLong(), weeks, kind);
        }
        LocalDate from = LocalDate.parse(after.get("du").asText());
        LocalDate to = LocalDate.parse(after.get("au").asText());
        assertEquals(16 * 7 - 1, ChronoUnit.DAYS.between(from, to), "by default, the 16 weeks ending today");
        assertEquals(ChronoUnit.WEEKS.between(monday(from), monday(to)) + 1, after.get("semaines").size());
        assertEquals(monday(from).toString(), after.get("semaines").get(0).get("lundi").asText());

        // A period that ended before these enrollments sees them enrolled, but not during it.
        JsonNode past = figures(api, token, "?du=2025-01-01&au=2025-06-30");
        assertEnrollment(departement(past, "2A").get("sites"), 2, 1, 0);
        assertEquals("2025-01-01", past.get("du").asText());
        assertEquals(27, past.get("semaines").size());

        // The relaunch file: the not-yet-enrolled of a département, in the mail-merge format, without codes.
        String sites = csv(api, token, "/non-inscrits?departement=2a");
        assertEquals("identifiant;nom;destinataire;adresse_ligne1;adresse_ligne2;code_postal;ville;code;date_expiration\r\n"
                + c.porticcio + ";BTP AJACCIO - PORTICCIO;PAULE CASANOVA;2 ROUTE DU GOLFE;;20166;PORTICCIO;;" + expiry(PrecompteKind.SITE, c.porticcio) + "\r\n",
                sites);
        String reunionSites = csv(api, token, "/non-inscrits?departement=974&type=site");
        assertTrue(reunionSites.contains(c.saintPierre + ";SUCRERIE DU SUD - SAINT-PIERRE;"), reunionSites);
        assertEquals(2, reunionSites.split("\r\n").length, reunionSites);
        String salaries = csv(api, token, "/non-inscrits?type=salarie&departement=974");
        assertTrue(salaries.endsWith(c.salarieReunion + ";HOARAU MAEVA;MAEVA HOARAU;5 RUE DE PARIS;;97400;SAINT-DENIS;;"
                + expiry(PrecompteKind.SALARIE, c.salarieReunion) + "\r\n"), salaries);
        String everyDepartement = csv(api, token, "/non-inscrits");
        assertTrue(everyDepartement.contains(c.porticcio + ";") && everyDepartement.contains(c.saintPierre + ";")
                && !everyDepartement.contains(c.ajaccio + ";"), "every département's sites, without the enrolled ones");

        // Power ends with its source: once the caisse takes a holder away and the other account is deleted, nobody holds
        // Ajaccio or Saint-Denis any longer, and the figures say so.
        assertEquals(200, api.delete(token, "/cibtp-registry/precomptes/" + c.ajaccio + "/titulaires/" + second).statusCode());
        assertEnrollment(departement(figures(api, token, ""), "2A").get("sites"), 2, 1, 1);
        realm.admin().users().get(first).remove();
        JsonNode afterwards = figures(api, token, "");
        assertEnrollment(departement(afterwards, "2A").get("sites"), 2, 0, 0);
        assertEnrollment(departement(afterwards, "974").get("sites"), 2, 0, 0);
        assertEnrollment(departement(afterwards, "974").get("adherents"), 2, 0, 0);
        assertTrue(csv(api, token, "/non-inscrits?departement=2A").contains(c.ajaccio + ";"));
    }

    /**
     * An import that moves a held site to another adhérent takes its holders away (HolderPowerTest): the adhérent that
     * sold it is enrolled only through the sites it keeps, and the buyer is not enrolled by a site nobody holds. In
     * Haute-Corse (2B), where no other test puts any site.
     */
    @Test
    void anAdherentThatSellsItsHeldSiteIsEnrolledOnlyByTheSitesItKeeps() {
        String seller = TestIdentifiers.numeroAdherent();
        String sellerSiren = TestIdentifiers.siren();
        String calvi = TestIdentifiers.identifiant();
        RegistryApi api = new RegistryApi(realm);
        String token = api.serviceAccountToken("back-office-campagne", true);
        imported(api, token, RegistryRecords.adherent(seller, sellerSiren, "CHARPENTES DE BASTIA"),
                RegistryRecords.site(TestIdentifiers.identifiant(), seller, TestIdentifiers.siret(sellerSiren), "BASTIA", "20200", "BASTIA"),
                RegistryRecords.site(calvi, seller, TestIdentifiers.siret(sellerSiren), "CALVI", "20260", "CALVI"));
        runOnServer.run(RegistryOnServer.link(CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("campagne"), null, false),
                PrecompteKind.SITE, calvi));
        JsonNode before = figures(api, token, "");
        assertEnrollment(departement(before, "2B").get("adherents"), 1, 1, 1);

        // Calvi sold: the buyer comes into the registry with it.
        String buyer = TestIdentifiers.numeroAdherent();
        String buyerSiren = TestIdentifiers.siren();
        imported(api, token, RegistryRecords.adherent(buyer, buyerSiren, "BÂTIR EN BALAGNE"),
                RegistryRecords.site(calvi, buyer, TestIdentifiers.siret(buyerSiren), "CALVI", "20260", "CALVI"));
        JsonNode after = figures(api, token, "");
        assertEnrollment(departement(after, "2B").get("sites"), 2, 0, 0);
        assertEnrollment(departement(after, "2B").get("adherents"), 2, 0, 0);
        assertEquals(-1, delta(before, after, "total", "adherents", "inscrits"), "the seller kept Bastia, which nobody holds");
        assertEquals(-1, delta(before, after, "total", "adherents", "inscrits_sur_la_periode"));
    }

    @Test
    void refusesWhatItCannotReadInFrenchAndStrangersAltogether() {
        RegistryApi api = new RegistryApi(realm);
        String token = api.serviceAccountToken("back-office-campagne", true);
        assertRefused(api.get(token, CAMPAIGN + "?du=01/09/2026"), 400, "periode_invalide",
                "« du » doit être une date AAAA-MM-JJ, par exemple 2026-09-01.");
        assertRefused(api.get(token, CAMPAIGN + "?du=2026-12-01&au=2026-11-01"), 400, "periode_invalide",
                "La période commence (du 2026-12-01) après sa fin (au 2026-11-01).");
        assertRefused(api.get(token, CAMPAIGN + "?du=2024-01-01&au=2026-01-01"), 400, "periode_invalide",
                "La période dépasse 366 jours : demandez les chiffres année par année.");
        assertRefused(api.get(token, CAMPAIGN + "/non-inscrits?type=entreprise"), 400, "type_inconnu",
                "Type inconnu « entreprise » : site, cabinet ou salarie.");
        assertRefused(api.get(token, CAMPAIGN + "/non-inscrits?departement=57%25"), 400, "departement_inconnu",
                "Département inconnu « 57% » : deux chiffres (57), 2A, 2B ou trois chiffres outre-mer (974).");
        String withoutRole = api.serviceAccountToken("back-office-campagne-sans-role", false);
        assertEquals(403, api.get(withoutRole, CAMPAIGN).statusCode());
        assertEquals(403, api.get(withoutRole, CAMPAIGN + "/non-inscrits").statusCode());
        assertEquals(401, api.get(null, CAMPAIGN + "/non-inscrits").statusCode());
    }

    /** Two adhérents, a cabinet and two salariés, in 2A and 974, each with a letter. */
    private static final class Campaign {
        final String numeroAjaccio = TestIdentifiers.numeroAdherent();
        final String numeroSud = TestIdentifiers.numeroAdherent();
        final String sirenAjaccio = TestIdentifiers.siren();
        final String sirenSud = TestIdentifiers.siren();
        final String ajaccio = TestIdentifiers.identifiant();
        final String porticcio = TestIdentifiers.identifiant();
        final String saintDenis = TestIdentifiers.identifiant();
        final String saintPierre = TestIdentifiers.identifiant();
        final String cabinet = TestIdentifiers.identifiant();
        final String salarieAjaccio = TestIdentifiers.salarie();
        final String salarieReunion = TestIdentifiers.salarie();
        final Map<String, String> sirets = new HashMap<>();
        final Map<String, String> codes = new HashMap<>();

        String siret(String identifiant) {
            return sirets.computeIfAbsent(identifiant, i -> TestIdentifiers.siret(i.equals(saintPierre) ? sirenSud : sirenAjaccio));
        }

        String code(String identifiant) {
            return codes.computeIfAbsent(identifiant, i -> ProvisionalCode.display(ProvisionalCode.generate(RANDOM)));
        }
    }

    private void importRegistry(RegistryApi api, String token, Campaign c) {
        String ndjson = String.join("\n",
                "{\"type\":\"cabinet\",\"identifiant\":\"" + c.cabinet + "\",\"siret\":\"" + TestIdentifiers.siret(TestIdentifiers.siren())
                        + "\",\"raison_sociale\":\"COMPTA CORSE\",\"adresse\":{\"ligne1\":\"1 COURS NAPOLÉON\",\"code_postal\":\"20090\","
                        + "\"ville\":\"AJACCIO\"},\"code\":\"" + c.code(c.cabinet) + "\"}",
                "{\"type\":\"adherent\",\"numero_adherent\":\"" + c.numeroAjaccio + "\",\"siren\":\"" + c.sirenAjaccio
                        + "\",\"raison_sociale\":\"BTP AJACCIO\"}",
                site(c, c.ajaccio, c.numeroAjaccio, "BTP AJACCIO - AJACCIO", "1 BOULEVARD PASCAL ROSSINI", "20000", "AJACCIO"),
                site(c, c.porticcio, c.numeroAjaccio, "PORTICCIO", "2 ROUTE DU GOLFE", "20166", "PORTICCIO"),
                site(c, c.saintDenis, c.numeroAjaccio, "SAINT-DENIS", "3 RUE DE LA COMPAGNIE", "97400", "SAINT-DENIS"),
                "{\"type\":\"adherent\",\"numero_adherent\":\"" + c.numeroSud + "\",\"siren\":\"" + c.sirenSud
                        + "\",\"raison_sociale\":\"SUCRERIE DU SUD\"}",
                site(c, c.saintPierre, c.numeroSud, "SAINT-PIERRE", "4 RUE DES BONS ENFANTS", "97410", "SAINT-PIERRE"),
                "{\"type\":\"salarie\",\"identifiant\":\"" + c.salarieAjaccio + "\",\"nom\":\"SANTONI\",\"prenom\":\"ANGE\","
                        + "\"adresse\":{\"ligne1\":\"6 RUE FESCH\",\"code_postal\":\"20000\",\"ville\":\"AJACCIO\"},\"code\":\""
                        + c.code(c.salarieAjaccio) + "\"}",
                "{\"type\":\"salarie\",\"identifiant\":\"" + c.salarieReunion + "\",\"nom\":\"HOARAU\",\"prenom\":\"MAEVA\","
                        + "\"adresse\":{\"ligne1\":\"5 RUE DE PARIS\",\"code_postal\":\"97400\",\"ville\":\"SAINT-DENIS\"},\"code\":\""
                        + c.code(c.salarieReunion) + "\"}");
        imported(api, token, ndjson);
    }

    private static void imported(RegistryApi api, String token, String... records) {
        HttpResponse<String> response = api.importNdjson(token, RegistryRecords.ndjson(records));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"rejected\":[]"), response.body());
    }

    private static String site(Campaign c, String identifiant, String numero, String name, String line1, String postcode, String town) {
        return "{\"type\":\"site\",\"identifiant\":\"" + identifiant + "\",\"numero_adherent\":\"" + numero + "\",\"siret\":\""
                + c.siret(identifiant) + "\",\"nom\":\"" + name + "\",\"titulaire\":{\"nom\":\"CASANOVA\",\"prenom\":\"PAULE\"},"
                + "\"adresse\":{\"ligne1\":\"" + line1 + "\",\"code_postal\":\"" + postcode + "\",\"ville\":\"" + town + "\"},\"code\":\""
                + c.code(identifiant) + "\"}";
    }

    private void lockWithWrongCodes(String identifiant, String siret) {
        for (int i = 0; i < 20; i++) {
            CodeState state = runOnServer.fetch(CodesOnServer.state(PrecompteKind.SITE, identifiant), CodeState.class);
            if (state != null && (state.lockedUntil() != null || state.lockedAt() != null)) {
                return;
            }
            runOnServer.fetch(CodesOnServer.check(PrecompteKind.SITE, identifiant, siret, "2222-3333-4444"), Check.class);
        }
        throw new AssertionError("20 wrong codes did not lock " + identifiant);
    }

    private String expiry(PrecompteKind kind, String identifiant) {
        return runOnServer.fetch(CodesOnServer.expiryDate(kind, identifiant), String.class);
    }

    private static JsonNode figures(RegistryApi api, String token, String query) {
        HttpResponse<String> response = api.get(token, CAMPAIGN + query);
        assertEquals(200, response.statusCode(), response.body());
        return RegistryApi.json(response);
    }

    private static String csv(RegistryApi api, String token, String path) {
        HttpResponse<String> response = api.get(token, CAMPAIGN + path);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("text/csv;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        return response.body();
    }

    private static JsonNode departement(JsonNode figures, String code) {
        for (JsonNode d : figures.get("departements")) {
            if (d.get("departement").asText().equals(code)) {
                return d;
            }
        }
        throw new AssertionError("No département " + code + " in " + figures.get("departements"));
    }

    private static void assertEnrollment(JsonNode enrollment, long total, long enrolled, long inPeriod) {
        assertEquals(total, enrollment.get("total").asLong(), "total in " + enrollment);
        assertEquals(enrolled, enrollment.get("inscrits").asLong(), "inscrits in " + enrollment);
        assertEquals(total - enrolled, enrollment.get("non_inscrits").asLong(), "non_inscrits in " + enrollment);
        assertEquals(inPeriod, enrollment.get("inscrits_sur_la_periode").asLong(), "inscrits_sur_la_periode in " + enrollment);
    }

    private static void assertLetters(JsonNode letters, long issued, long used, long expired, long locked) {
        assertEquals(issued, letters.get("emis_sur_la_periode").asLong(), "emis_sur_la_periode in " + letters);
        assertEquals(used, letters.get("utilises_sur_la_periode").asLong(), "utilises_sur_la_periode in " + letters);
        assertEquals(expired, letters.get("expires").asLong(), "expires in " + letters);
        assertEquals(locked, letters.get("verrouilles").asLong(), "verrouilles in " + letters);
    }

    private static long delta(JsonNode before, JsonNode after, String... path) {
        JsonNode b = before;
        JsonNode a = after;
        for (String key : path) {
            b = b.get(key);
            a = a.get(key);
        }
        return a.asLong() - b.asLong();
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code, String message) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode body = RegistryApi.json(response);
        assertEquals(code, body.get("erreur").asText());
        assertEquals(message, body.get("message").asText());
    }
}
