package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.Parallel;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.TestIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;

/** Provisional codes inside Keycloak: issuance for the mail merge, single use, expiry, locks, code requests, races. */
@KeycloakIntegrationTest
class ProvisionalCodeTest {

    private static final String ENTREPRISE = "site";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    private RegistryApi api;
    private String token;
    private String identifiant;
    private String siret;
    /** What each check did to the code: the registry's answer, recorded by the sign-in step as an event. */
    private final List<String> counted = new ArrayList<>();

    @BeforeEach
    void aSiteInTheRegistry() {
        api = new RegistryApi(realm);
        token = api.serviceAccountToken("back-office-codes", true);
        String siren = TestIdentifiers.siren();
        String numero = TestIdentifiers.numeroAdherent();
        identifiant = TestIdentifiers.identifiant();
        siret = TestIdentifiers.siret(siren);
        api.importNdjson(token, "{\"type\":\"adherent\",\"numero_adherent\":\"" + numero + "\",\"siren\":\"" + siren
                + "\",\"raison_sociale\":\"CHARPENTES VOSGIENNES\"}\n{\"type\":\"site\",\"identifiant\":\"" + identifiant
                + "\",\"numero_adherent\":\"" + numero + "\",\"siret\":\"" + siret + "\",\"nom\":\"ÉPINAL\",\"titulaire\":"
                + "{\"nom\":\"PERRIN\",\"prenom\":\"JULIEN\"},\"adresse\":{\"ligne1\":\"1 RUE DU BOIS\",\"code_postal\":\"88000\","
                + "\"ville\":\"ÉPINAL\"}}");
    }

    @Test
    void anIssuedCodeOpensThePrecompteOnce() {
        String[] row = issueCode();
        assertEquals(identifiant, row[0]);
        assertEquals("CHARPENTES VOSGIENNES - ÉPINAL", row[1]);
        assertEquals("JULIEN PERRIN", row[2]);
        assertEquals("88000", row[5]);
        String code = row[7];
        assertTrue(code.matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}"), code);

        JsonNode check = check(identifiant.replace("-", ""), siret, code.toLowerCase());
        assertEquals("ACCEPTED", check.get("outcome").asText());
        assertEquals("site:" + identifiant, check.get("precompte").asText());

        long accepted = check.get("codeIssuedAt").asLong();
        assertTrue(consume(accepted));
        assertFalse(consume(accepted), "a code opens one space only");
        assertEquals("USED", check(identifiant, siret, code).get("outcome").asText());
    }

    @Test
    void aNewCodeVoidsTheOldOne() {
        String old = issueCode()[7];
        String current = issueCode()[7];
        assertEquals("REFUSED", check(identifiant, siret, old).get("outcome").asText());
        assertEquals("ACCEPTED", check(identifiant, siret, current).get("outcome").asText());
    }

    @Test
    void stepTwoConsumesOnlyTheCodeStepOneAcceptedWhileItIsValid() {
        long stolen = check(identifiant, siret, issueCode()[7]).get("codeIssuedAt").asLong();
        String reissued = issueCode()[7];
        assertFalse(consume(stolen), "a session that passed step 1 with the old letter does not survive a new code");

        long current = check(identifiant, siret, reissued).get("codeIssuedAt").asLong();
        assertEquals(1, api.probe("expire", Map.of("kind", "site", "identifiant", identifiant)).get("expired").asInt());
        assertFalse(consume(current), "nor the code's expiry");
        assertEquals("EXPIRED", check(identifiant, siret, reissued).get("outcome").asText());
    }

    @Test
    void anExpiredCodeSaysSoToItsHolderOnly() {
        String code = issueCode()[7];
        assertEquals(1, api.probe("expire", Map.of("kind", "site", "identifiant", identifiant)).get("expired").asInt());
        assertEquals("EXPIRED", check(identifiant, siret, code).get("outcome").asText());
        assertEquals("REFUSED", check(identifiant, siret, "2222-3333-4444").get("outcome").asText());
        assertEquals("REFUSED", check(identifiant, TestIdentifiers.siret(TestIdentifiers.siren()), code).get("outcome").asText());
    }

    @Test
    void wrongCodesLockForAWhileThenLongerThenForGood() {
        String code = issueCode()[7];
        String otherSiret = TestIdentifiers.siret(TestIdentifiers.siren());
        for (int i = 0; i < 12; i++) {
            assertEquals("REFUSED", check(identifiant, otherSiret, "2222-3333-4444").get("outcome").asText());
        }
        assertEquals(0, codeState().get("wrongAttempts").asInt(), "a wrong SIRET never counts: strangers cannot lock a company out");

        long minute = 60_000;
        long[] expectedMinutes = {15, 30, 60};
        for (long minutes : expectedMinutes) {
            for (int i = 0; i < 5; i++) {
                assertEquals("REFUSED", check(identifiant, siret, "2222-3333-444" + (i % 2 + 5)).get("outcome").asText(),
                        "a wrong code is refused in the same words, locked or not");
            }
            long before = System.currentTimeMillis();
            JsonNode holder = check(identifiant, siret, code);
            assertEquals("LOCKED", holder.get("outcome").asText(), "the holder of the right letters is told");
            long until = holder.get("lockedUntil").asLong();
            assertTrue(until > before + (minutes - 1) * minute && until <= before + (minutes + 1) * minute,
                    "locked about " + minutes + " minutes: " + (until - before) / minute);
        }
        for (int i = 0; i < 5; i++) {
            check(identifiant, siret, "2222-3333-4445");
        }
        JsonNode locked = check(identifiant, siret, code);
        assertEquals("LOCKED", locked.get("outcome").asText());
        assertTrue(locked.path("lockedUntil").isNull() || locked.path("lockedUntil").isMissingNode(), "the 20th wrong code locks until a new code is issued");
        assertEquals(20, codeState().get("wrongAttempts").asInt());

        String fresh = issueCode()[7];
        assertEquals("ACCEPTED", check(identifiant, siret, fresh).get("outcome").asText());
        assertEquals(0, codeState().get("wrongAttempts").asInt());

        assertEquals(16, counted.stream().filter("WRONG_CODE"::equals).count(), counted.toString());
        assertEquals(4, counted.stream().filter("LOCKED_NOW"::equals).count(), "each fifth wrong code locks: " + counted);
    }

    @Test
    void theLockThresholdIsTheRealmsCibtpSetting() {
        assertEquals("5", CibtpRealm.settings(realm).getConfig().getFirst("code-max-wrong"), "shipped in realm-export.json");
        CibtpRealm.updateSettings(realm, Map.of("code-max-wrong", "2"));
        try {
            String code = issueCode()[7];
            assertEquals("REFUSED", check(identifiant, siret, "2222-3333-4444").get("outcome").asText());
            assertEquals("REFUSED", check(identifiant, siret, "2222-3333-4445").get("outcome").asText());
            assertEquals("LOCKED", check(identifiant, siret, code).get("outcome").asText());
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("code-max-wrong", "5"));
        }
    }

    @Test
    void fiftyParallelWrongCodesAllCountAndLockThePrecompte() throws Exception {
        String code = issueCode()[7];
        List<JsonNode> answers = Parallel.run(50, i -> check(identifiant, siret, "2222-3333-" + (4444 + i % 5)));
        assertTrue(answers.stream().allMatch(a -> "REFUSED".equals(a.get("outcome").asText())), answers.toString());
        JsonNode state = codeState();
        assertEquals(50, state.get("wrongAttempts").asInt(), "every parallel guess counted");
        assertTrue(state.path("lockedAt").isNumber(), "locked until a new code");
        assertEquals("LOCKED", check(identifiant, siret, code).get("outcome").asText(), "the right code is refused");
    }

    @Test
    void anUnknownIdentifiantIsRefusedLikeAWrongCodeAndCostsAsMuch() {
        String code = issueCode()[7];
        assertEquals("REFUSED", check(TestIdentifiers.identifiant(), siret, code).get("outcome").asText());

        long[] known = new long[5];
        long[] unknown = new long[5];
        for (int i = 0; i < 5; i++) {
            known[i] = check(identifiant, siret, "2222-3333-444" + (5 + i % 2)).get("nanos").asLong();
            unknown[i] = check(TestIdentifiers.identifiant(), siret, "2222-3333-4445").get("nanos").asLong();
        }
        Arrays.sort(known);
        Arrays.sort(unknown);
        double ratio = (double) unknown[2] / known[2];
        assertTrue(ratio > 0.5 && ratio < 2.0, "median unknown/known time ratio " + ratio);
    }

    @Test
    void twentyParallelCodeRequestsQueueOne() throws Exception {
        List<JsonNode> answers = Parallel.run(20, i -> api.probe("request-code", Map.of("identifiant", identifiant)));
        assertEquals(1, answers.stream().filter(a -> a.get("queued").asBoolean()).count(), answers.toString());
        long waiting = 0;
        for (JsonNode request : RegistryApi.json(api.get(token, "/cibtp-registry/code-requests?statut=en_attente"))) {
            waiting += identifiant.equals(request.get("identifiant").asText()) ? 1 : 0;
        }
        assertEquals(1, waiting);
    }

    @Test
    void codeRequestsQueueOncePerIdentifiantUntilProcessed() {
        assertTrue(api.probe("request-code", Map.of("identifiant", identifiant)).get("queued").asBoolean());
        assertFalse(api.probe("request-code", Map.of("identifiant", identifiant)).get("queued").asBoolean());
        assertFalse(api.probe("request-code", Map.of("identifiant", TestIdentifiers.identifiant())).get("queued").asBoolean());

        JsonNode waiting = RegistryApi.json(api.get(token, "/cibtp-registry/code-requests?statut=en_attente"));
        JsonNode mine = null;
        for (JsonNode request : waiting) {
            if (identifiant.equals(request.get("identifiant").asText())) {
                mine = request;
            }
        }
        assertTrue(mine != null, waiting.toString());
        String id = mine.get("id").asText();

        assertEquals(204, api.post(token, "/cibtp-registry/code-requests/" + id + "/traitee", null,
                HttpRequest.BodyPublishers.noBody()).statusCode());
        assertEquals(404, api.post(token, "/cibtp-registry/code-requests/inconnue/traitee", null,
                HttpRequest.BodyPublishers.noBody()).statusCode());
        assertFalse(api.get(token, "/cibtp-registry/code-requests?statut=en_attente").body().contains(id));
        assertTrue(api.probe("request-code", Map.of("identifiant", identifiant)).get("queued").asBoolean());
    }

    @Test
    void nonInscritsGetCodesInOneMailMergeFile() {
        HttpResponse<String> csv = api.post(token, "/cibtp-registry/codes", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"non_inscrits\":true}"));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("identifiant;nom;destinataire;adresse_ligne1;adresse_ligne2;code_postal;ville;code;date_expiration", lines.get(0));
        String row = lines.stream().filter(l -> l.startsWith(identifiant + ";")).findFirst().orElseThrow();
        String code = row.split(";")[7];
        assertEquals("ACCEPTED", check(identifiant, siret, code).get("outcome").asText());
    }

    @Test
    void badCodeRequestsChangeNothing() {
        String code = issueCode()[7];
        HttpResponse<String> bad = api.post(token, "/cibtp-registry/codes", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"identifiants\":[\"" + identifiant + "\",\"00000-000-00\"]}"));
        assertEquals(400, bad.statusCode());
        assertTrue(RegistryApi.json(bad).get("message").asText().contains("00000-000-00"));
        assertEquals("ACCEPTED", check(identifiant, siret, code).get("outcome").asText(), "the known one kept its code");
        assertEquals(400, api.post(token, "/cibtp-registry/codes", "application/json",
                HttpRequest.BodyPublishers.ofString("pas du json")).statusCode());
    }

    private String[] issueCode() {
        HttpResponse<String> csv = api.post(token, "/cibtp-registry/codes", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"identifiants\":[\"" + identifiant + "\"]}"));
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> lines = csv.body().lines().toList();
        assertEquals(2, lines.size(), csv.body());
        return lines.get(1).split(";", -1);
    }

    private JsonNode check(String typedIdentifiant, String typedSiret, String code) {
        Map<String, String> claim = new HashMap<>();
        claim.put("space", ENTREPRISE);
        claim.put("identifiant", typedIdentifiant);
        claim.put("siret", typedSiret);
        claim.put("code", code);
        JsonNode answer = api.probe("check", claim);
        counted.add(answer.get("counted").asText());
        return answer;
    }

    private boolean consume(long codeIssuedAt) {
        return api.probe("consume", Map.of("kind", "site", "identifiant", identifiant, "codeIssuedAt", Long.toString(codeIssuedAt)))
                .get("consumed").asBoolean();
    }

    private JsonNode codeState() {
        return api.probe("code-state", Map.of("kind", "site", "identifiant", identifiant));
    }
}
