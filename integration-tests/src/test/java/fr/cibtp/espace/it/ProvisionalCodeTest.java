package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.CodesOnServer;
import fr.cibtp.espace.it.support.CodesOnServer.Check;
import fr.cibtp.espace.it.support.CodesOnServer.CodeState;
import fr.cibtp.espace.it.support.ParallelOnServer;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.TestIdentifiers;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;

/** Provisional codes inside Keycloak: issuance for the mail merge, single use, expiry, locks, code requests, races. */
@KeycloakIntegrationTest
class ProvisionalCodeTest {

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

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

        Check check = check(identifiant.replace("-", ""), siret, code.toLowerCase());
        assertEquals("ACCEPTED", check.outcome());
        assertEquals("site:" + identifiant, check.precompte());

        long accepted = check.codeIssuedAt();
        assertTrue(consume(accepted));
        assertFalse(consume(accepted), "a code opens one space only");
        assertEquals("USED", check(identifiant, siret, code).outcome());
    }

    @Test
    void aNewCodeVoidsTheOldOne() {
        String old = issueCode()[7];
        String current = issueCode()[7];
        assertEquals("REFUSED", check(identifiant, siret, old).outcome());
        assertEquals("ACCEPTED", check(identifiant, siret, current).outcome());
    }

    @Test
    void stepTwoConsumesOnlyTheCodeStepOneAcceptedWhileItIsValid() {
        long stolen = check(identifiant, siret, issueCode()[7]).codeIssuedAt();
        String reissued = issueCode()[7];
        assertFalse(consume(stolen), "a session that passed step 1 with the old letter does not survive a new code");

        long current = check(identifiant, siret, reissued).codeIssuedAt();
        assertEquals(1, runOnServer.fetch(CodesOnServer.expire(PrecompteKind.SITE, identifiant), Integer.class));
        assertFalse(consume(current), "nor the code's expiry");
        assertEquals("EXPIRED", check(identifiant, siret, reissued).outcome());
    }

    @Test
    void anExpiredCodeSaysSoToItsHolderOnly() {
        String code = issueCode()[7];
        assertEquals(1, runOnServer.fetch(CodesOnServer.expire(PrecompteKind.SITE, identifiant), Integer.class));
        assertEquals("EXPIRED", check(identifiant, siret, code).outcome());
        assertEquals("REFUSED", check(identifiant, siret, "2222-3333-4444").outcome());
        assertEquals("REFUSED", check(identifiant, TestIdentifiers.siret(TestIdentifiers.siren()), code).outcome());
    }

    @Test
    void wrongCodesLockForAWhileThenLongerThenForGood() {
        String code = issueCode()[7];
        String otherSiret = TestIdentifiers.siret(TestIdentifiers.siren());
        for (int i = 0; i < 12; i++) {
            assertEquals("REFUSED", check(identifiant, otherSiret, "2222-3333-4444").outcome());
        }
        assertEquals(0, codeState().wrongAttempts(), "a wrong SIRET never counts: strangers cannot lock a company out");

        long minute = 60_000;
        long[] expectedMinutes = {15, 30, 60};
        for (long minutes : expectedMinutes) {
            for (int i = 0; i < 5; i++) {
                assertEquals("REFUSED", check(identifiant, siret, "2222-3333-444" + (i % 2 + 5)).outcome(),
                        "a wrong code is refused in the same words, locked or not");
            }
            long before = System.currentTimeMillis();
            Check holder = check(identifiant, siret, code);
            assertEquals("LOCKED", holder.outcome(), "the holder of the right letters is told");
            long until = holder.lockedUntil();
            assertTrue(until > before + (minutes - 1) * minute && until <= before + (minutes + 1) * minute,
                    "locked about " + minutes + " minutes: " + (until - before) / minute);
        }
        for (int i = 0; i < 5; i++) {
            check(identifiant, siret, "2222-3333-4445");
        }
        Check locked = check(identifiant, siret, code);
        assertEquals("LOCKED", locked.outcome());
        assertNull(locked.lockedUntil(), "the 20th wrong code locks until a new code is issued");
        assertEquals(20, codeState().wrongAttempts());

        String fresh = issueCode()[7];
        assertEquals("ACCEPTED", check(identifiant, siret, fresh).outcome());
        assertEquals(0, codeState().wrongAttempts());

        assertEquals(16, counted.stream().filter("WRONG_CODE"::equals).count(), counted.toString());
        assertEquals(4, counted.stream().filter("LOCKED_NOW"::equals).count(), "each fifth wrong code locks: " + counted);
    }

    @Test
    void theLockThresholdIsTheRealmsCibtpSetting() {
        assertEquals("5", CibtpRealm.settings(realm).getConfig().getFirst("code-max-wrong"), "shipped in realm-export.json");
        CibtpRealm.updateSettings(realm, Map.of("code-max-wrong", "2"));
        try {
            String code = issueCode()[7];
            assertEquals("REFUSED", check(identifiant, siret, "2222-3333-4444").outcome());
            assertEquals("REFUSED", check(identifiant, siret, "2222-3333-4445").outcome());
            assertEquals("LOCKED", check(identifiant, siret, code).outcome());
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("code-max-wrong", "5"));
        }
    }

    @Test
    void fiftyParallelWrongCodesAllCountAndLockThePrecompte() {
        String code = issueCode()[7];
        // The lambda travels to the server: it captures these strings, not the test instance.
        String identifiant = this.identifiant;
        String siret = this.siret;
        List<Check> answers = List.of(runOnServer.fetch(ParallelOnServer.run(50,
                (session, i) -> CodesOnServer.check(session, PrecompteKind.SITE, identifiant, siret, "2222-3333-" + (4444 + i % 5))), Check[].class));
        assertTrue(answers.stream().allMatch(a -> "REFUSED".equals(a.outcome())), answers.toString());
        CodeState state = codeState();
        assertEquals(50, state.wrongAttempts(), "every parallel guess counted");
        assertNotNull(state.lockedAt(), "locked until a new code");
        assertEquals("LOCKED", check(identifiant, siret, code).outcome(), "the right code is refused");
    }

    @Test
    void anUnknownIdentifiantIsRefusedLikeAWrongCodeAndCostsAsMuch() {
        String code = issueCode()[7];
        assertEquals("REFUSED", check(TestIdentifiers.identifiant(), siret, code).outcome());

        long[] known = new long[5];
        long[] unknown = new long[5];
        for (int i = 0; i < 5; i++) {
            known[i] = check(identifiant, siret, "2222-3333-444" + (5 + i % 2)).nanos();
            unknown[i] = check(TestIdentifiers.identifiant(), siret, "2222-3333-4445").nanos();
        }
        Arrays.sort(known);
        Arrays.sort(unknown);
        double ratio = (double) unknown[2] / known[2];
        assertTrue(ratio > 0.5 && ratio < 2.0, "median unknown/known time ratio " + ratio);
    }

    @Test
    void twentyParallelCodeRequestsQueueOne() {
        // The lambda travels to the server: it captures this string, not the test instance.
        String identifiant = this.identifiant;
        List<Boolean> answers = List.of(runOnServer.fetch(ParallelOnServer.run(20,
                (session, i) -> session.getProvider(RegistryProvider.class).requestCode(session.getContext().getRealm(), identifiant).isPresent()), Boolean[].class));
        assertEquals(1, answers.stream().filter(queued -> queued).count(), answers.toString());
        long waiting = 0;
        for (JsonNode request : RegistryApi.json(api.get(token, "/cibtp-registry/code-requests?statut=en_attente"))) {
            waiting += identifiant.equals(request.get("identifiant").asText()) ? 1 : 0;
        }
        assertEquals(1, waiting);
    }

    @Test
    void codeRequestsQueueOncePerIdentifiantUntilProcessed() {
        assertTrue(requestCode(identifiant));
        assertFalse(requestCode(identifiant));
        assertFalse(requestCode(TestIdentifiers.identifiant()));

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
        assertTrue(requestCode(identifiant));
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
        assertEquals("ACCEPTED", check(identifiant, siret, code).outcome());
    }

    @Test
    void badCodeRequestsChangeNothing() {
        String code = issueCode()[7];
        HttpResponse<String> bad = api.post(token, "/cibtp-registry/codes", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"identifiants\":[\"" + identifiant + "\",\"00000-000-00\"]}"));
        assertEquals(400, bad.statusCode());
        assertTrue(RegistryApi.json(bad).get("message").asText().contains("00000-000-00"));
        assertEquals("ACCEPTED", check(identifiant, siret, code).outcome(), "the known one kept its code");
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

    private Check check(String typedIdentifiant, String typedSiret, String code) {
        Check answer = runOnServer.fetch(CodesOnServer.check(PrecompteKind.SITE, typedIdentifiant, typedSiret, code), Check.class);
        counted.add(answer.counted());
        return answer;
    }

    private boolean consume(long codeIssuedAt) {
        return runOnServer.fetch(CodesOnServer.consume(PrecompteKind.SITE, identifiant, codeIssuedAt), Boolean.class);
    }

    private boolean requestCode(String typedIdentifiant) {
        return runOnServer.fetch(CodesOnServer.requestCode(typedIdentifiant), Boolean.class);
    }

    private CodeState codeState() {
        return runOnServer.fetch(CodesOnServer.state(PrecompteKind.SITE, identifiant), CodeState.class);
    }
}
