package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.pageText;
import static fr.cibtp.espace.it.support.EnrollmentPages.title;
import static fr.cibtp.espace.it.support.EnrollmentPages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.cibtp.espace.it.support.CibtpRealm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import fr.cibtp.espace.it.support.SmsCodes;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.pages.SmsCodePage;
import fr.cibtp.espace.it.pages.DelegationFormPage;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.support.DelegationsOnServer;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.RegistryOnServer;
import fr.cibtp.espace.it.support.Sites;
import fr.cibtp.espace.registry.PrecompteKind;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/**
 * "Gérer les droits d'accès" refuses what it must, on the screen it came from, in the user's language, and stores
 * nothing then: bad input in the add form, a user who is not an administrator, a form posted from elsewhere, the last
 * administrator taking away their own rights, a cabinet without its espace.
 */
@KeycloakIntegrationTest
class RightsPageTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @InjectMailServer
    MailServer mail;

    @BeforeEach
    void smsGateway() {
        CibtpRealm.useSmsStandIn(realm, operator);
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void badInputInTheAddFormIsSaidNextToItsFieldAndNothingIsStored() throws IOException, InterruptedException {
        String site = holderSignedIn("page-saisie", "fr", null);
        driver.findElement(By.id("cibtp-add")).click();

        type(driver, "email", "pas-une-adresse");
        type(driver, "nom", "<script>alert(1)</script>");
        driver.findElement(By.id("cibtp-submit")).click();
        assertEquals("Adresse électronique absente ou invalide.", fieldError("email"));
        assertEquals("true", driver.findElement(By.id("email")).getAttribute("aria-invalid"));
        assertEquals("pas-une-adresse", driver.findElement(By.id("email")).getAttribute("value"), "what was typed stays");

        type(driver, "email", CibtpRealm.uniqueEmail("page-saisie-delegue"));
        driver.findElement(By.id("cibtp-submit")).click();
        assertTrue(fieldError("nom").startsWith("Nom et prénom : au plus 100 caractères"), pageText(driver));
        assertEquals("<script>alert(1)</script>", driver.findElement(By.id("nom")).getAttribute("value"), "shown as text, never run");

        type(driver, "nom", "BERTRAND");
        assertEquals("Téléphone fixe", driver.findElement(By.cssSelector("label[for=telephone_fixe]")).getText().strip());
        assertEquals("Téléphone portable", driver.findElement(By.cssSelector("label[for=telephone_mobile]")).getText().strip());
        type(driver, "telephone_mobile", "03 87 12 34 56");
        driver.findElement(By.id("cibtp-submit")).click();
        assertEquals("Téléphone portable : saisissez un numéro de téléphone mobile, par exemple 06 12 34 56 78.", fieldError("telephone_mobile"));
        assertEquals("03 87 12 34 56", driver.findElement(By.id("telephone_mobile")).getAttribute("value"), "what was typed stays");
        type(driver, "telephone_mobile", "");

        assertEquals("text", driver.findElement(By.id("date_effet")).getAttribute("type"), "no date picker in the browser's language");
        assertEquals("jj/mm/aaaa", driver.findElement(By.id("date_effet")).getAttribute("placeholder"));
        assertTrue(driver.findElement(By.id("date_effet")).getAttribute("value").matches("\\d{2}/\\d{2}/\\d{4}"),
                "today, written as the guide writes dates: " + driver.findElement(By.id("date_effet")).getAttribute("value"));
        type(driver, "date_effet", "2027-02-01");
        type(driver, "date_fin", "2027-01-31");
        driver.findElement(By.id("cibtp-submit")).click();
        assertEquals("La date de fin ne peut pas précéder la date d'effet.", fieldError("date_fin"));
        assertEquals("01/02/2027", driver.findElement(By.id("date_effet")).getAttribute("value"), "an ISO date is shown back as jj/mm/aaaa");

        // A browser without a date picker sends the dates as typed, the guides' way.
        String checker = driver.findElement(By.name("stateChecker")).getAttribute("value");
        HttpResponse<String> typed = post("/ajout", Map.of("site", site, "stateChecker", checker, "email", "claire@example.org",
                "date_effet", "01/02/2027", "date_fin", "30/02/2027", "colleges", "etam"));
        assertEquals(400, typed.statusCode());
        assertTrue(typed.body().contains("id=\"date_fin-error\"") && typed.body().contains("Date invalide : saisissez-la sous la forme 31/12/2026 (ou 2026-12-31)."),
                typed.body());
        assertTrue(typed.body().contains("value=\"30/02/2027\""), "what was typed stays");

        type(driver, "date_fin", "");
        driver.driver().findElements(By.cssSelector("input[name=colleges]")).forEach(box -> box.click());
        driver.findElement(By.id("cibtp-submit")).click();
        assertEquals("Choisissez au moins un collège (Ouvrier, ETAM ou Cadre).", fieldError("colleges"));
        assertEquals(0, driver.driver().findElements(By.cssSelector("input[name=colleges]:checked")).size(), "the boxes stay as left");

        driver.findElement(By.id("cibtp-cancel")).click();
        assertEquals("Gérer les droits d'accès", title(driver));
        assertEquals("0 bénéficiaire(s) de délégation", driver.findElement(By.id("cibtp-count")).getText(), "nothing was stored");
        assertTrue(driver.findElement(By.id("cibtp-rights-site")).getText().contains(site));
    }

    @Test
    void anInvitationThatCannotBeMailedLeavesNeitherAccountNorDelegation() {
        holderSignedIn("page-smtp", "fr", null);
        String email = CibtpRealm.uniqueEmail("page-smtp-delegue");
        CibtpRealm.withMailServerDown(realm, () -> {
            driver.findElement(By.id("cibtp-add")).click();
            type(driver, "email", email);
            driver.findElement(By.id("droit_planning_consultation")).click();
            driver.findElement(By.id("cibtp-submit")).click();
            assertEquals("Le courriel d'invitation n'a pas pu être envoyé : rien n'a été enregistré, réessayez plus tard.", alert());
            assertEquals(email, driver.findElement(By.id("email")).getAttribute("value"), "the form is there to try again");
        });
        assertTrue(realm.admin().users().searchByEmail(email, true).isEmpty(), "no account left behind");
        driver.findElement(By.id("cibtp-cancel")).click();
        assertEquals("0 bénéficiaire(s) de délégation", driver.findElement(By.id("cibtp-count")).getText());
    }

    @Test
    void anAdministratorViewsThenNarrowsADelegation() {
        Holder holder = holder("page-modification", "fr", null, 1);
        String site = holder.sites().get(0);
        String colleague = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("page-collegue"), PASSWORD, false);
        delegate(holder, colleague, "planning=consultation,telepaiements=mise_a_jour");
        signIn(holder.email(), null);

        driver.findElement(By.cssSelector("a[id^=view-]")).click();
        assertEquals("Visualisation de délégation", title(driver));
        assertTrue(driver.findElement(By.id("droit_telepaiements_mise_a_jour")).isSelected());
        assertFalse(driver.findElement(By.id("droit_telepaiements_mise_a_jour")).isEnabled(), "a view changes nothing");
        driver.findElement(By.id("cibtp-modify")).click();
        assertEquals("Modification de délégation", title(driver));
        driver.findElement(By.id("droit_telepaiements_aucun")).click();
        driver.findElement(By.id("cibtp-submit")).click();
        assertEquals("La délégation est modifiée.", alert());
        assertEquals(Map.of("planning", "consultation"),
                runOnServer.fetch(DelegationsOnServer.rights(colleague, site), DelegationsOnServer.Rights.class).droits());
    }

    @Test
    void theListIsByNameFirstAndTheArrowsSortIt() {
        Holder holder = holder("page-tri", "fr", null, 1);
        for (String name : List.of("ZOLA", "ARNAUD", "MARTIN")) {
            String colleague = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("page-tri-" + name.toLowerCase()), PASSWORD, false);
            UserRepresentation named = realm.admin().users().get(colleague).toRepresentation();
            named.setLastName(name);
            realm.admin().users().get(colleague).update(named);
            delegate(holder, colleague, "planning=consultation");
        }
        signIn(holder.email(), null);
        assertEquals(List.of("ARNAUD", "MARTIN", "ZOLA"), lastNames());
        driver.findElement(By.id("sort-nom-desc")).click();
        assertEquals(List.of("ZOLA", "MARTIN", "ARNAUD"), lastNames());
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("taille"))).selectByValue("10");
        driver.findElement(By.id("cibtp-filter")).click();
        assertEquals(List.of("ZOLA", "MARTIN", "ARNAUD"), lastNames(), "a new page size keeps the order");
        assertTrue(driver.getCurrentUrl().contains("site=" + holder.sites().get(0)));
    }

    private List<String> lastNames() {
        // The guide's columns: Rôle, Nom et prénom, Statut, Date d'effet, Date de fin, Courriel, Actions.
        return driver.driver().findElements(By.cssSelector("tbody tr td:nth-child(2)")).stream()
                .map(cell -> cell.getText().replace("Nom et prénom", "").strip().split(" ")[0]).toList();
    }

    @Test
    void changerDeTiersSwitchesTheSiteThePageActsFor() {
        Holder holding = holder("page-tiers", "fr", null, 2);
        List<String> sites = holding.sites();
        signIn(holding.email(), null);
        assertEquals("Choix de l'adhérent et du site déclarant", title(driver), "the sign-in asks which site");
        driver.findElement(By.id("site-" + sites.get(0))).click();
        driver.findElement(By.id("cibtp-choose")).click();
        assertTrue(driver.findElement(By.id("cibtp-rights-site")).getText().contains(sites.get(0)));
        assertFalse(driver.getCurrentUrl().contains("code="), "the address bar is clean: " + driver.getCurrentUrl());

        driver.findElement(By.id("cibtp-switch-site")).click();
        driver.findElement(By.id("site-" + sites.get(1))).click();
        driver.findElement(By.id("cibtp-choose")).click();
        assertEquals("Gérer les droits d'accès", title(driver));
        assertTrue(driver.findElement(By.id("cibtp-rights-site")).getText().contains(sites.get(1)), "no password asked, the other site");

        driver.findElement(By.id("cibtp-tab-contact")).click();
        assertEquals("Mon compte utilisateur", title(driver), "the guide's menu: Mon compte utilisateur, signed in already");
        driver.findElement(By.id("cibtp-tab-rights")).click();
        assertTrue(driver.findElement(By.id("cibtp-rights-site")).getText().contains(sites.get(1)), "and back, still acting for that site");
    }

    @Test
    void theSameRefusalsReadInEnglishForAnEnglishSpeakingUser() {
        holderSignedIn("page-english", null, null);
        assertEquals("Manage access rights", title(driver));
        driver.findElement(By.id("cibtp-add")).click();
        type(driver, "email", "not-an-address");
        driver.findElement(By.id("cibtp-submit")).click();
        assertEquals("Email address missing or invalid.", fieldError("email"));
    }

    @Test
    void aUserWhoIsNotAnAdministratorOfTheSiteIsToldSo() {
        RegistryApi registry = new RegistryApi(realm);
        String backOffice = registry.serviceAccountToken("back-office-rights-page", true);
        String holder = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("page-titulaire"), PASSWORD, false);
        String site = Sites.linked(registry, runOnServer, backOffice, holder, "CHARPENTES VOSGIENNES", 1).get(0);
        String email = CibtpRealm.uniqueEmail("page-utilisateur");
        String user = user(email, "fr");
        store(Map.of("site", site, "granteeId", user, "grantorId", holder, "admin", "false",
                "colleges", "etam", "modes", "planning=consultation", "effet", LocalDate.now().toString()));

        signIn(email, null);
        assertEquals("Seul un administrateur du site peut gérer ses délégations.", alert());
        assertFalse(pageText(driver).contains("Ajouter une délégation"));
    }

    @Test
    void aFormPostedFromElsewhereIsRefusedAndStoresNothing() throws IOException, InterruptedException {
        String site = holderSignedIn("page-csrf", "fr", null);
        HttpResponse<String> posted = post("/ajout", Map.of("site", site, "email", CibtpRealm.uniqueEmail("page-csrf-delegue"),
                "colleges", "etam", "droit_planning", "consultation"));
        assertEquals(400, posted.statusCode());
        assertTrue(posted.body().contains("Cette page a expiré"), posted.body());

        driver.open(page() + "?site=" + site);
        assertEquals("0 bénéficiaire(s) de délégation", driver.findElement(By.id("cibtp-count")).getText(), "nothing was stored");
    }

    @Test
    void theLastAdministratorCannotCloseTheirOwnAdministration() {
        RegistryApi registry = new RegistryApi(realm);
        String backOffice = registry.serviceAccountToken("back-office-rights-page", true);
        // A site whose holder's account is gone: its only administrator is a delegate.
        String formerHolder = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("page-ancien"), PASSWORD, false);
        String site = Sites.linked(registry, runOnServer, backOffice, formerHolder, "TOITURES DE LORRAINE", 1).get(0);
        realm.admin().users().get(formerHolder).remove();
        String email = CibtpRealm.uniqueEmail("page-dernier-admin");
        String admin = user(email, "fr");
        store(Map.of("site", site, "granteeId", admin, "grantorId", formerHolder, "admin", "true",
                "colleges", "ouvrier,etam,cadre", "modes", "planning=consultation", "effet", LocalDate.now().minusDays(1).toString()));

        signIn(email, null);
        assertEquals("Gérer les droits d'accès", title(driver));
        driver.findElement(By.cssSelector("a[id^=close-]")).click();
        driver.findElement(By.id("cibtp-submit")).click();
        assertTrue(alert().startsWith("Vous êtes le dernier administrateur de ce site"), pageText(driver));
        driver.open(page() + "?site=" + site);
        assertTrue(driver.findElement(By.cssSelector("tbody tr")).getText().contains("Actif"), "the delegation is still open");
    }

    @Test
    void theAdherentDelegatesToItsCabinetOnceTheCabinetHasItsEspaceThenDeletesIt() {
        RegistryApi registry = new RegistryApi(realm);
        String backOffice = registry.serviceAccountToken("back-office-rights-page", true);
        String cabinet = Sites.cabinet(registry, backOffice, "COMPTAGESTION");
        holderSignedIn("page-cabinet", "fr", cabinet);
        assertEquals("Vous n'avez défini aucune délégation à votre cabinet comptable.", driver.findElement(By.id("cibtp-cabinet-none")).getText());
        driver.findElement(By.id("cibtp-cabinet-delegate")).click();
        assertEquals("Déléguer à mon cabinet comptable", title(driver));
        assertTrue(driver.driver().findElements(By.id("admin")).isEmpty(), "a cabinet is never an administrator of the site");
        driver.findElement(By.id("droit_planning_consultation")).click();
        driver.findElement(By.id("droit_telepaiements_mise_a_jour")).click();
        driver.findElement(By.id("cibtp-submit")).click();
        assertEquals("Le cabinet comptable COMPTAGESTION n'a pas encore créé son espace sécurisé : il ne peut pas encore recevoir de délégation.",
                alert());

        String cabinetAdmin = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("page-comptagestion"), PASSWORD, false);
        runOnServer.run(RegistryOnServer.link(cabinetAdmin, PrecompteKind.CABINET, cabinet));
        driver.findElement(By.id("cibtp-submit")).click();
        assertEquals("La délégation à votre cabinet comptable est enregistrée.", alert());
        assertTrue(driver.findElement(By.id("cibtp-cabinet-summary")).getText().startsWith("Délégation en cours : 2 fonctionnalité(s), à partir du "),
                driver.findElement(By.id("cibtp-cabinet-summary")).getText());
        assertTrue(driver.findElement(By.cssSelector("tbody tr")).getText().contains("Cabinet comptable"), "the list shows it too");

        driver.findElement(By.id("cibtp-cabinet-view")).click();
        assertTrue(driver.findElement(By.id("droit_telepaiements_mise_a_jour")).isSelected(), "the form shows what the cabinet has");
        driver.findElement(By.id("cibtp-cancel")).click();
        driver.findElement(By.id("cibtp-cabinet-delete")).click();
        assertEquals("Supprimer la délégation au cabinet comptable COMPTAGESTION ?", driver.findElement(By.id("cibtp-question")).getText());
        driver.findElement(By.id("cibtp-submit")).click();
        assertEquals("La délégation à votre cabinet comptable est supprimée.", alert());
        assertEquals("Vous n'avez défini aucune délégation à votre cabinet comptable.", driver.findElement(By.id("cibtp-cabinet-none")).getText());
    }

    /** A new holder of one site (of an adhérent naming {@code cabinet}, if any) on the page; returns the site. */
    private String holderSignedIn(String prefix, String locale, String cabinet) {
        Holder holder = holder(prefix, locale, cabinet, 1);
        signIn(holder.email(), null);
        return holder.sites().get(0);
    }

    /** A delegation from the holder of its first site, made as the API stores one, in the etam collège. */
    private void delegate(Holder holder, String granteeId, String modes) {
        store(Map.of("site", holder.sites().get(0), "granteeId", granteeId, "grantorId", holder.id(),
                "admin", "false", "colleges", "etam", "modes", modes, "effet", LocalDate.now().toString()));
    }

    /** Stores a delegation as the delegation API does; returns its id. */
    private String store(Map<String, String> delegation) {
        return runOnServer.fetch(DelegationsOnServer.add(delegation), String.class);
    }

    private record Holder(String id, String email, List<String> sites) {
    }

    /** A new account holding {@code count} sites of a new adhérent (naming {@code cabinet}, if any). */
    private Holder holder(String prefix, String locale, String cabinet, int count) {
        RegistryApi registry = new RegistryApi(realm);
        String email = CibtpRealm.uniqueEmail(prefix);
        String id = user(email, locale);
        return new Holder(id, email, Sites.linked(registry, runOnServer, registry.serviceAccountToken("back-office-rights-page", true), id,
                "MENUISERIES DU SAULNOIS", count, cabinet));
    }

    private String user(String email, String locale) {
        String id = CibtpRealm.createUser(realm, email, PASSWORD, false);
        if (locale != null) {
            UserRepresentation user = realm.admin().users().get(id).toRepresentation();
            user.setAttributes(Map.of("locale", List.of(locale)));
            realm.admin().users().get(id).update(user);
        }
        Portal.certifiedMobile(realm, runOnServer, email);
        return id;
    }

    private void signIn(String email, String site) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        driver.open(page() + (site == null ? "" : "?site=" + site));
        type(driver, "username", email);
        type(driver, "password", PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        if (driver.driver().findElements(By.id("cibtp-add")).isEmpty()) {
            return;
        }
        // The forms that give power ask a recent SMS code: the administrator types it once, then is on the list again.
        driver.findElement(By.id("cibtp-add")).click();
        CibtpPage.on(driver, SmsCodePage.class).receiveCode().enterCode(SmsCodes.last(operator), DelegationFormPage.class);
        driver.open(page() + (site == null ? "" : "?site=" + site));
    }

    /** A form posted with this browser's cookies, as another site's page could make the browser post it. */
    private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String cookies = driver.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String form = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page() + path)).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String page() {
        return realm.getBaseUrl() + "/cibtp-delegations/droits-acces";
    }

    private String fieldError(String field) {
        return driver.driver().findElements(By.id(field + "-error")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    private String alert() {
        return driver.driver().findElements(By.className("kc-feedback-text")).stream().map(e -> e.getText()).findFirst().orElse("");
    }
}
