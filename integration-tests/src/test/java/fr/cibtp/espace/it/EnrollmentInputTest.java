package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.alert;
import static fr.cibtp.espace.it.support.EnrollmentPages.createAccount;
import static fr.cibtp.espace.it.support.EnrollmentPages.fieldError;
import static fr.cibtp.espace.it.support.EnrollmentPages.identify;
import static fr.cibtp.espace.it.support.EnrollmentPages.pageText;
import static fr.cibtp.espace.it.support.EnrollmentPages.title;
import static fr.cibtp.espace.it.support.EnrollmentPages.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cibtp.espace.it.support.TestEvents;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import fr.cibtp.espace.it.pages.AccountCreationPage;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.IdentificationPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.CodesOnServer;
import fr.cibtp.espace.it.support.CodesOnServer.Check;
import fr.cibtp.espace.it.support.CodesOnServer.SourceState;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.registry.PrecompteKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectEvents;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.events.Events;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/** Bad input and abuse on the enrollment screens: every one gets a clear message on its own page, nothing half-done. */
@KeycloakIntegrationTest
class EnrollmentInputTest {

    private static final String HTML = "<script>alert(1)</script><b>x</b>";
    private static final String LONG = "9".repeat(5000);
    private static final String REFUSED = "Les informations saisies ne permettent pas de vous identifier. Vérifiez l'identifiant CIBTP, "
            + "le numéro de SIRET et le code confidentiel provisoire indiqués sur vos courriers.";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectEvents
    Events events;

    @InjectWebDriver(ref = "second-browser")
    ManagedWebDriver secondBrowser;

    private RegistryApi api;
    private Letters letters;
    /** The portal's authorization request, which both browsers open. */
    private String loginPage;

    @BeforeEach
    void aFreshSiteAndBrowser() {
        api = new RegistryApi(realm);
        letters = Letters.site(api, api.serviceAccountToken("back-office-enrollment", true));
        for (ManagedWebDriver browser : List.of(driver, secondBrowser)) {
            browser.open(realm.getBaseUrl());
            browser.driver().manage().deleteAllCookies();
        }
    }

    @Test
    void step1ExplainsFormatErrorsPerFieldAndAWrongTripleInOneMessage() {
        toStep1(driver);
        identify(driver, "", "", "");
        assertEquals("Veuillez saisir votre identifiant CIBTP.", fieldError(driver, "identifiant"));
        assertEquals("Veuillez saisir votre numéro de SIRET.", fieldError(driver, "siret"));
        assertEquals("Veuillez saisir votre code confidentiel provisoire.", fieldError(driver, "code"));

        identify(driver, letters.identifiant(), "3248389949975A", letters.code());
        assertEquals("Le numéro de SIRET ne contient que des chiffres.", fieldError(driver, "siret"));
        identify(driver, letters.identifiant(), letters.siret().substring(1), letters.code());
        assertEquals("Le numéro de SIRET comporte 14 chiffres.", fieldError(driver, "siret"));
        identify(driver, letters.identifiant(), luhnBroken(letters.siret()), letters.code());
        assertEquals("Ce numéro de SIRET n'existe pas : vérifiez les chiffres saisis.", fieldError(driver, "siret"));
        IdentificationPage refused = CibtpPage.on(driver, IdentificationPage.class);
        assertEquals(letters.identifiant(), refused.value("identifiant"), "typed values kept");
        assertEquals("", refused.value("code"), "the code is never echoed");

        identify(driver, HTML, HTML, HTML);
        assertEquals("L'identifiant CIBTP comporte 10 chiffres, sous la forme 29209-001-12.", fieldError(driver, "identifiant"));
        refused = CibtpPage.on(driver, IdentificationPage.class);
        assertEquals(HTML, refused.value("identifiant"), "shown back as text, not markup");
        assertFalse(refused.showsBold(), "no injected element");
        identify(driver, LONG, LONG, LONG);
        assertEquals("Le code confidentiel provisoire comporte 12 caractères, sous la forme 7K4P-2QXM-H9TD.", fieldError(driver, "code"));

        // A salarié's identifier on the entreprise path, then another site's SIRET: the same answer, whatever was wrong.
        identify(driver, "1000457821", letters.siret(), letters.code());
        assertEquals(REFUSED, alert(driver));
        identify(driver, letters.identifiant(), "32483899499750", letters.code());
        assertEquals(REFUSED, alert(driver));
        assertEquals("Créer mon espace sécurisé", title(driver));
    }

    @Test
    void fiveWrongCodesLockTheCodeForAWhileAndOnlyTheHolderIsToldSo() {
        toStep1(driver);
        String wrong = letters.code().startsWith("2") ? "3" + letters.code().substring(1) : "2" + letters.code().substring(1);
        for (int attempt = 1; attempt <= 6; attempt++) {
            identify(driver, letters.identifiant(), letters.siret(), wrong);
            assertEquals(REFUSED, alert(driver), "attempt " + attempt + ": locked or not, a wrong code reads the same");
        }
        identify(driver, letters.identifiant(), letters.siret(), letters.code());
        String locked = alert(driver);
        assertTrue(locked.matches("Ce code confidentiel est bloqué pour quelques minutes après plusieurs essais erronés\\. "
                + "Réessayez après \\d\\d:\\d\\d, ou demandez un nouveau code : « Mot de passe oublié \\? » puis "
                + "« Demande d'un nouveau code confidentiel »\\."), locked);
        assertEquals("Créer mon espace sécurisé", title(driver), "the right code does not open it during the lock");
        SourceState[] sources = runOnServer.fetch(CodesOnServer.sources(PrecompteKind.SITE, letters.identifiant()), SourceState[].class);
        assertEquals(1, sources.length, "the browser's address alone typed wrong codes");
        assertNotNull(sources[0].state().lockedUntil(), "the lock is stored in the database, for that address");
        assertEquals("ACCEPTED", runOnServer.fetch(CodesOnServer.check(PrecompteKind.SITE, letters.identifiant(), letters.siret(),
                letters.code()), Check.class).outcome(), "typed from another address, the right code is not locked");
        List<EventRepresentation> refused = TestEvents.of(events, "REGISTER_ERROR", null).stream()
                .filter(e -> ("site:" + letters.identifiant()).equals(e.getDetails().get("cibtp_precompte"))).toList();
        assertTrue(refused.stream().anyMatch(e -> "locked".equals(e.getDetails().get("cibtp_outcome"))),
                "a refused step 1 is an event, with the outcome and the précompte but not the code");
        assertTrue(refused.stream().anyMatch(e -> "cibtp_wrong_code".equals(e.getError())), "a counted wrong code says so");
        assertTrue(refused.stream().anyMatch(e -> "cibtp_precompte_locked".equals(e.getError())), "and the one that locks");
    }

    @Test
    void aStrangerWithOnlyASalariesIdentifierLocksOnlyItsOwnAddresses() {
        Letters salarie = Letters.salarie(api, api.serviceAccountToken("back-office-enrollment", true));
        String wrong = salarie.code().startsWith("2") ? "3" + salarie.code().substring(1) : "2" + salarie.code().substring(1);
        // Forty wrong codes from a few addresses, twenty of them from one IPv6 /64.
        for (String from : List.of("198.51.100.1", "198.51.100.2", "2001:db8:7:7::1", "2001:db8:7:7:ffff::2")) {
            for (int i = 0; i < 10; i++) {
                assertEquals("REFUSED", runOnServer.fetch(CodesOnServer.check(PrecompteKind.SALARIE, salarie.identifiant(), null, wrong, from),
                        Check.class).outcome());
            }
        }
        Check sameNetwork = runOnServer.fetch(CodesOnServer.check(PrecompteKind.SALARIE, salarie.identifiant(), null, salarie.code(),
                "2001:db8:7:7::99"), Check.class);
        assertEquals("LOCKED", sameNetwork.outcome(), "a /64 is one source, and its twentieth wrong code locked it");
        assertEquals(null, sameNetwork.lockedUntil(), "for good");
        assertEquals("LOCKED", runOnServer.fetch(CodesOnServer.check(PrecompteKind.SALARIE, salarie.identifiant(), null, salarie.code(),
                "198.51.100.1"), Check.class).outcome(), "ten wrong codes lock their address for a while");

        // The salarié, at home: the letter's code opens the space.
        oauth.client(CibtpRealm.SALARIE, CibtpRealm.clientSecret(realm, CibtpRealm.SALARIE));
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").open();
        CibtpPage.on(driver, SignInPage.class).startSalarieEnrollment();
        identify(driver, salarie.identifiant(), null, salarie.code());
        assertEquals("Étape 2/2 : Saisie des informations de contact et de connexion",
                CibtpPage.on(driver, AccountCreationPage.class).subtitle());
    }

    @Test
    void step1TriesFromOneAddressAreThrottled() {
        // The suite's other tries came from this address too: with a limit of 2 the third try at the latest is refused.
        CibtpRealm.updateSettings(realm, Map.of("enrollment-tries-per-hour", "2"));
        try {
            toStep1(driver);
            String wrong = letters.code().startsWith("2") ? "3" + letters.code().substring(1) : "2" + letters.code().substring(1);
            String answer = "";
            for (int attempt = 1; attempt <= 3 && !answer.startsWith("Trop d'essais"); attempt++) {
                identify(driver, letters.identifiant(), letters.siret(), wrong);
                answer = alert(driver);
            }
            assertEquals("Trop d'essais ont été faits depuis votre connexion internet. Réessayez dans une heure.", answer);
            identify(driver, letters.identifiant(), letters.siret(), letters.code());
            assertEquals(answer, alert(driver), "even the right letters wait");
            SourceState[] sources = runOnServer.fetch(CodesOnServer.sources(PrecompteKind.SITE, letters.identifiant()), SourceState[].class);
            assertTrue(Arrays.stream(sources).mapToInt(source -> source.state().wrongAttempts()).sum() <= 2,
                    "throttled tries are not even checked");
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("enrollment-tries-per-hour", "30"));
        }
    }

    @Test
    void aCodeIssuedAfterStep1VoidsTheStep1ItPassed() {
        toStep2(driver);
        HttpResponse<String> reissued = api.post(api.serviceAccountToken("back-office-enrollment", true), "/cibtp-registry/codes",
                "application/json", HttpRequest.BodyPublishers.ofString("{\"identifiants\":[\"" + letters.identifiant() + "\"]}"));
        assertEquals(200, reissued.statusCode(), reissued.body());
        String email = CibtpRealm.uniqueEmail("lettre-volee");
        createAccount(driver, email, Map.of());
        assertTrue(alert(driver).startsWith("Ce code confidentiel n'est plus valable"), alert(driver));
        assertTrue(realm.admin().users().searchByEmail(email, true).isEmpty(), "no account from a step 1 passed with the old letter");
    }

    @Test
    void step2RefusesBadValuesWithAMessagePerFieldAndCreatesNothing() {
        toStep2(driver);
        String email = CibtpRealm.uniqueEmail("saisie");
        createAccount(driver, "", Map.of("password", "", "passwordConfirm", "", "lastName", "", "firstName", "", "mobile", ""));
        assertEquals("Veuillez saisir votre adresse électronique.", fieldError(driver, "email"));
        assertEquals("Veuillez saisir un mot de passe.", fieldError(driver, "password"));
        assertEquals("Veuillez saisir votre nom.", fieldError(driver, "lastName"));
        assertEquals("Veuillez saisir votre prénom.", fieldError(driver, "firstName"));

        createAccount(driver, email, Map.of("emailConfirm", "autre@exemple.fr", "passwordConfirm", "Autre-Chose-2026",
                "mobile", "01 23 45 67 89", "landline", "12"));
        assertEquals("Les deux adresses électroniques saisies sont différentes.", fieldError(driver, "emailConfirm"));
        assertEquals("Les deux mots de passe saisis sont différents.", fieldError(driver, "passwordConfirm"));
        assertEquals("Ce numéro n'est pas un numéro de téléphone mobile : il ne peut pas recevoir de SMS.", fieldError(driver, "mobile"));
        assertTrue(fieldError(driver, "landline").startsWith("Ce numéro de téléphone n'est pas valide"));

        createAccount(driver, email, Map.of("password", "abcdefgh", "passwordConfirm", "abcdefgh"));
        assertTrue(fieldError(driver, "password").startsWith("Mot de passe non valide"), fieldError(driver, "password"));

        createAccount(driver, email, Map.of("lastName", HTML, "firstName", LONG, "mobile", LONG, "landline", HTML));
        assertEquals("Ce champ accepte au plus 100 caractères : lettres, espaces, tirets, apostrophes et points.", fieldError(driver, "lastName"));
        assertEquals("Ce champ accepte au plus 100 caractères : lettres, espaces, tirets, apostrophes et points.", fieldError(driver, "firstName"));
        AccountCreationPage step2 = CibtpPage.on(driver, AccountCreationPage.class);
        assertEquals(HTML, step2.value("lastName"));
        assertFalse(step2.showsBold(), "no injected element");

        createAccount(driver, LONG + "@exemple.fr", Map.of("password", LONG, "passwordConfirm", LONG));
        assertEquals("Cette adresse électronique n'est pas valide (exemple : prenom.nom@entreprise.fr).", fieldError(driver, "email"));
        assertEquals("Le mot de passe comporte au plus 128 caractères.", fieldError(driver, "password"));

        String taken = CibtpRealm.uniqueEmail("pris");
        CibtpRealm.createUser(realm, taken, "Chantier-Metz-2026", false);
        createAccount(driver, taken.toUpperCase(), Map.of("emailConfirm", taken));
        assertTrue(fieldError(driver, "email").contains("« Je les associe à un espace existant »"), fieldError(driver, "email"));

        assertTrue(realm.admin().users().searchByEmail(email, true).isEmpty(), "nothing created");
        driver.navigate().refresh();
        assertEquals("Étape 2/2 : Saisie des informations de contact et de connexion", CibtpPage.on(driver, AccountCreationPage.class).subtitle(),
                "reloading stays on step 2");
        driver.driver().navigate().back();
        driver.navigate().refresh();
        assertFalse(pageText(driver).contains("Unexpected"), pageText(driver));
        createAccount(driver, email, Map.of());
        assertEquals("Finalisation de l'ouverture de compte", title(driver));
    }

    @Test
    void twoBrowsersFinishingWithOneCodeMakeExactlyOneAccount() throws Exception {
        toStep2(driver);
        toStep2(secondBrowser);
        String first = CibtpRealm.uniqueEmail("course-a");
        String second = CibtpRealm.uniqueEmail("course-b");
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> finish(driver, first, start));
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> finish(secondBrowser, second, start));
        List<String> pages = List.of(a.get(), b.get());

        assertEquals(1, pages.stream().filter(p -> p.contains("Merci d'avoir finalisé l'ouverture du compte.")).count(), pages.toString());
        assertEquals(1, pages.stream().filter(p -> p.contains("Ce code confidentiel n'est plus valable : il vient de servir à créer un espace")).count(),
                pages.toString());
        int accounts = realm.admin().users().searchByEmail(first, true).size() + realm.admin().users().searchByEmail(second, true).size();
        assertEquals(1, accounts);
    }

    private static String finish(ManagedWebDriver browser, String email, CyclicBarrier start) {
        try {
            CibtpPage.on(browser, AccountCreationPage.class).fillEmail(email).fillPassword("Chantier-Metz-2026")
                    .fillPasswordConfirm("Chantier-Metz-2026");
            start.await();
            validate(browser);
            return pageText(browser);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void toStep1(ManagedWebDriver browser) {
        if (loginPage == null) {
            oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
            oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").open();
            loginPage = driver.getCurrentUrl();
        }
        browser.open(loginPage);
        CibtpPage.on(browser, SignInPage.class).startEnrollment().answerAdherent();
    }

    private void toStep2(ManagedWebDriver browser) {
        toStep1(browser);
        identify(browser, letters.identifiant(), letters.siret(), letters.code());
        assertEquals("Étape 2/2 : Saisie des informations de contact et de connexion", CibtpPage.on(browser, AccountCreationPage.class).subtitle());
    }

    /** The same SIRET with its last digit changed: 14 digits that fail the Luhn check. */
    private static String luhnBroken(String siret) {
        char last = siret.charAt(13);
        return siret.substring(0, 13) + (last == '9' ? '0' : (char) (last + 1));
    }
}
