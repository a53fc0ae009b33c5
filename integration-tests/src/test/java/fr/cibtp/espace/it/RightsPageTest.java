package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cibtp.espace.it.support.CaisseCalendar;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.Words;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import fr.cibtp.espace.it.support.SmsCodes;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.pages.SmsCodePage;
import fr.cibtp.espace.it.pages.DelegationFormPage;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.CloseDelegationPage;
import fr.cibtp.espace.it.pages.MyAccountPage;
import fr.cibtp.espace.it.pages.RightsListPage;
import fr.cibtp.espace.it.pages.RightsRefusalPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.SiteChoicePage;
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
        OnList signedIn = holderSignedIn("page-saisie", "fr", null);
        String site = signedIn.site();
        DelegationFormPage form = signedIn.page().addDelegation()
                .type("email", "pas-une-adresse").type("nom", "<script>alert(1)</script>").submitRefused();
        assertEquals(Words.fr("cibtpRefusal_email_invalide"), form.fieldError("email"));
        assertEquals("true", form.attribute("email", "aria-invalid"));
        assertEquals("pas-une-adresse", form.value("email"), "what was typed stays");

        form = form.type("email", CibtpRealm.uniqueEmail("page-saisie-delegue")).submitRefused();
        assertEquals(Words.fr("cibtpRefusal_nom_invalide"), form.fieldError("nom"), form.text());
        assertEquals("<script>alert(1)</script>", form.value("nom"), "shown as text, never run");

        form.type("nom", "BERTRAND");
        assertEquals("Téléphone fixe", form.label("telephone_fixe"));
        assertEquals("Téléphone portable", form.label("telephone_mobile"));
        form = form.type("telephone_mobile", "03 87 12 34 56").submitRefused();
        assertEquals(Words.fr("cibtpRefusal_mobile_invalide"), form.fieldError("telephone_mobile"));
        assertEquals("03 87 12 34 56", form.value("telephone_mobile"), "what was typed stays");
        form.type("telephone_mobile", "");

        assertEquals("text", form.attribute("date_effet", "type"), "no date picker in the browser's language");
        assertEquals("jj/mm/aaaa", form.attribute("date_effet", "placeholder"));
        assertTrue(form.value("date_effet").matches("\\d{2}/\\d{2}/\\d{4}"),
                "today, written as the guide writes dates: " + form.value("date_effet"));
        form = form.type("date_effet", "2027-02-01").type("date_fin", "2027-01-31").submitRefused();
        assertEquals(Words.fr("cibtpRefusal_fin_avant_effet"), form.fieldError("date_fin"));
        assertEquals("01/02/2027", form.value("date_effet"), "an ISO date is shown back as jj/mm/aaaa");

        // A browser without a date picker sends the dates as typed, the guides' way.
        String checker = form.stateChecker();
        HttpResponse<String> typed = post("/ajout", Map.of("site", site, "stateChecker", checker, "email", "claire@example.org",
                "date_effet", "01/02/2027", "date_fin", "30/02/2027", "colleges", "etam"));
        assertEquals(400, typed.statusCode());
        assertTrue(typed.body().contains("id=\"date_fin-error\"") && typed.body().contains("Date invalide : saisissez-la sous la forme 31/12/2026 (ou 2026-12-31)."),
                typed.body());
        assertTrue(typed.body().contains("value=\"30/02/2027\""), "what was typed stays");

        form = form.type("date_fin", "").clickEveryCollege().submitRefused();
        assertEquals(Words.fr("cibtpRefusal_college_requis"), form.fieldError("colleges"));
        assertEquals(0, form.tickedColleges(), "the boxes stay as left");

        RightsListPage list = form.cancel();
        assertEquals("Gérer les droits d'accès", list.title());
        assertEquals(Words.fr("cibtpRightsCount", 0), list.count(), "nothing was stored");
        assertTrue(list.site().contains(site));
    }

    @Test
    void anInvitationThatCannotBeMailedLeavesNeitherAccountNorDelegation() {
        RightsListPage list = holderSignedIn("page-smtp", "fr", null).page();
        String email = CibtpRealm.uniqueEmail("page-smtp-delegue");
        DelegationFormPage[] refused = new DelegationFormPage[1];
        CibtpRealm.withMailServerDown(realm, () -> {
            refused[0] = list.addDelegation().type("email", email).choose("planning", "consultation").submitRefused();
            assertEquals(Words.fr("cibtpRefusal_courriel_non_envoye"), refused[0].feedback());
            assertEquals(email, refused[0].value("email"), "the form is there to try again");
        });
        assertTrue(realm.admin().users().searchByEmail(email, true).isEmpty(), "no account left behind");
        assertEquals(Words.fr("cibtpRightsCount", 0), refused[0].cancel().count());
    }

    @Test
    void anAdministratorViewsThenNarrowsADelegation() {
        Holder holder = holder("page-modification", "fr", null, 1);
        String site = holder.sites().get(0);
        String colleague = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("page-collegue"), PASSWORD, false);
        delegate(holder, colleague, "planning=consultation,telepaiements=mise_a_jour");
        RightsListPage list = signIn(holder.email(), RightsListPage.class);

        DelegationFormPage view = list.viewFirstDelegation();
        assertEquals("Visualisation de délégation", view.title());
        assertTrue(view.isChosen("telepaiements", "mise_a_jour"));
        assertFalse(view.canChange("telepaiements", "mise_a_jour"), "a view changes nothing");
        DelegationFormPage modification = view.modify();
        assertEquals("Modification de délégation", modification.title());
        RightsListPage saved = modification.choose("telepaiements", "aucun").submit();
        assertEquals(Words.fr("cibtpRightsDone_modifiee"), saved.feedback());
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
        RightsListPage list = signIn(holder.email(), RightsListPage.class);
        assertEquals(List.of("ARNAUD", "MARTIN", "ZOLA"), list.lastNames());
        list = list.sortByNameDescending();
        assertEquals(List.of("ZOLA", "MARTIN", "ARNAUD"), list.lastNames());
        list = list.showBy("10");
        assertEquals(List.of("ZOLA", "MARTIN", "ARNAUD"), list.lastNames(), "a new page size keeps the order");
        assertTrue(driver.getCurrentUrl().contains("site=" + holder.sites().get(0)));
    }

    @Test
    void changerDeTiersSwitchesTheSiteThePageActsFor() {
        Holder holding = holder("page-tiers", "fr", null, 2);
        List<String> sites = holding.sites();
        SiteChoicePage choice = signIn(holding.email(), SiteChoicePage.class);
        assertEquals("Choix de l'adhérent et du site déclarant", choice.title(), "the sign-in asks which site");
        RightsListPage list = choice.choose(sites.get(0), RightsListPage.class);
        assertTrue(list.site().contains(sites.get(0)));
        assertFalse(driver.getCurrentUrl().contains("code="), "the address bar is clean: " + driver.getCurrentUrl());

        list = list.switchSite().choose(sites.get(1), RightsListPage.class);
        assertEquals("Gérer les droits d'accès", list.title());
        assertTrue(list.site().contains(sites.get(1)), "no password asked, the other site");

        MyAccountPage account = list.myAccount();
        assertEquals("Mon compte utilisateur", account.title(), "the guide's menu: Mon compte utilisateur, signed in already");
        assertTrue(account.rights().site().contains(sites.get(1)), "and back, still acting for that site");
    }

    @Test
    void theSameRefusalsReadInEnglishForAnEnglishSpeakingUser() {
        RightsListPage list = holderSignedIn("page-english", null, null).page();
        assertEquals("Manage access rights", list.title());
        DelegationFormPage form = list.addDelegation().type("email", "not-an-address").submitRefused();
        assertEquals("Email address missing or invalid.", form.fieldError("email"));
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
                "colleges", "etam", "modes", "planning=consultation", "effet", CaisseCalendar.today().toString()));

        RightsRefusalPage refusal = signIn(email, RightsRefusalPage.class);
        assertEquals(Words.fr("cibtpRefusal_acces_refuse"), refusal.feedback());
        assertFalse(refusal.text().contains("Ajouter une délégation"));
    }

    @Test
    void aFormPostedFromElsewhereIsRefusedAndStoresNothing() throws IOException, InterruptedException {
        String site = holderSignedIn("page-csrf", "fr", null).site();
        HttpResponse<String> posted = post("/ajout", Map.of("site", site, "email", CibtpRealm.uniqueEmail("page-csrf-delegue"),
                "colleges", "etam", "droit_planning", "consultation"));
        assertEquals(400, posted.statusCode());
        assertTrue(posted.body().contains("Cette page a expiré"), posted.body());

        driver.open(page() + "?site=" + site);
        assertEquals(Words.fr("cibtpRightsCount", 0), CibtpPage.on(driver, RightsListPage.class).count(), "nothing was stored");
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
                "colleges", "ouvrier,etam,cadre", "modes", "planning=consultation", "effet", CaisseCalendar.today().minusDays(1).toString()));

        RightsListPage list = signIn(email, RightsListPage.class);
        assertEquals("Gérer les droits d'accès", list.title());
        RightsRefusalPage refusal = list.closeFirstDelegation().confirmRefused();
        assertTrue(refusal.feedback().startsWith("Vous êtes le dernier administrateur de ce site"), refusal.text());
        driver.open(page() + "?site=" + site);
        assertTrue(CibtpPage.on(driver, RightsListPage.class).firstRow().contains("Actif"), "the delegation is still open");
    }

    @Test
    void theAdherentDelegatesToItsCabinetOnceTheCabinetHasItsEspaceThenDeletesIt() {
        RegistryApi registry = new RegistryApi(realm);
        String backOffice = registry.serviceAccountToken("back-office-rights-page", true);
        String cabinet = Sites.cabinet(registry, backOffice, "COMPTAGESTION");
        RightsListPage list = holderSignedIn("page-cabinet", "fr", cabinet).page();
        assertEquals(Words.fr("cibtpRightsCabinetNone"), list.cabinetNone());
        DelegationFormPage form = list.delegateToCabinet();
        assertEquals("Déléguer à mon cabinet comptable", form.title());
        assertFalse(form.offersAdministrator(), "a cabinet is never an administrator of the site");
        form = form.choose("planning", "consultation").choose("telepaiements", "mise_a_jour").submitRefused();
        assertEquals("Le cabinet comptable COMPTAGESTION n'a pas encore créé son espace sécurisé : il ne peut pas encore recevoir de délégation.",
                form.feedback());

        String cabinetAdmin = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("page-comptagestion"), PASSWORD, false);
        runOnServer.run(RegistryOnServer.link(cabinetAdmin, PrecompteKind.CABINET, cabinet));
        list = form.submit();
        assertEquals(Words.fr("cibtpRightsDone_cabinet"), list.feedback());
        assertTrue(list.cabinetSummary().startsWith("Délégation en cours : 2 fonctionnalité(s), à partir du "), list.cabinetSummary());
        assertTrue(list.firstRow().contains("Cabinet comptable"), "the list shows it too");

        DelegationFormPage cabinetForm = list.viewCabinetDelegation();
        assertTrue(cabinetForm.isChosen("telepaiements", "mise_a_jour"), "the form shows what the cabinet has");
        CloseDelegationPage question = cabinetForm.cancel().deleteCabinetDelegation();
        assertEquals(Words.fr("cibtpRightsCabinetDeleteQuestion", "COMPTAGESTION"), question.question());
        list = question.confirm();
        assertEquals(Words.fr("cibtpRightsDone_cabinet_supprime"), list.feedback());
        assertEquals(Words.fr("cibtpRightsCabinetNone"), list.cabinetNone());
    }

    private record OnList(String site, RightsListPage page) {
    }

    /** A new holder of one site (of an adhérent naming {@code cabinet}, if any) on the page, and the site. */
    private OnList holderSignedIn(String prefix, String locale, String cabinet) {
        Holder holder = holder(prefix, locale, cabinet, 1);
        return new OnList(holder.sites().get(0), signIn(holder.email(), RightsListPage.class));
    }

    /** A delegation from the holder of its first site, made as the API stores one, in the etam collège. */
    private void delegate(Holder holder, String granteeId, String modes) {
        store(Map.of("site", holder.sites().get(0), "granteeId", granteeId, "grantorId", holder.id(),
                "admin", "false", "colleges", "etam", "modes", modes, "effet", CaisseCalendar.today().toString()));
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

    /** Signs in from the page's own address; {@code landing} is the screen the account is expected on. */
    private <P extends CibtpPage> P signIn(String email, Class<P> landing) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        driver.open(page());
        P shown = CibtpPage.on(driver, SignInPage.class).signInWithButton(email, PASSWORD, landing);
        if (!(shown instanceof RightsListPage list) || !list.offersAdd()) {
            return shown;
        }
        // The forms that give power ask a recent SMS code: the administrator types it once, then is on the list again.
        list.addDelegationAskingTheSmsCode(SmsCodePage.class).receiveCode().enterCode(SmsCodes.last(operator), DelegationFormPage.class);
        driver.open(page());
        return CibtpPage.on(driver, landing);
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
}
