package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.CloseDelegationPage;
import fr.cibtp.espace.it.pages.DelegationFormPage;
import fr.cibtp.espace.it.pages.RightsListPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.support.Chromium;
import fr.cibtp.espace.it.support.CibtpRealm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import fr.cibtp.espace.it.support.SmsCodes;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.pages.SmsCodePage;
import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.support.DelegationsOnServer;
import fr.cibtp.espace.it.support.DelegationsOnServer.Rights;
import fr.cibtp.espace.it.support.EnrollmentPages;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * "Gérer les droits d'accès" on a 360-pixel-wide phone in headless Chromium: the site's administrator opens the page
 * (sign-in on the way), adds a delegation to a new email with the keyboard (after trying the column radios and the
 * Administrateur box), then closes it. Screenshots land in target/screenshots.
 */
@KeycloakIntegrationTest
class RightsPageInChromiumTest {

    private static final String PASSWORD = "Chantier-Metz-2026";
    private static final List<String> THREE = List.of("situation-compte", "planning", "documents");
    private static ManagedWebDriver browser;

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectMailServer
    MailServer mail;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @BeforeEach
    void smsGateway() {
        CibtpRealm.useSmsStandIn(realm, operator);
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @BeforeAll
    static void startChromium() {
        browser = new ManagedWebDriver(Chromium.phone(360, 800));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.driver().quit();
        }
    }

    @Test
    void anAdministratorAddsADelegationWithTheKeyboardOnAPhoneThenClosesIt() throws IOException {
        RegistryApi registry = new RegistryApi(realm);
        String backOffice = registry.serviceAccountToken("back-office-rights-page", true);
        String cabinet = Sites.cabinet(registry, backOffice, "COMPTAGESTION");
        String holderEmail = CibtpRealm.uniqueEmail("page-adherent");
        String holder = CibtpRealm.createUser(realm, holderEmail, PASSWORD, false);
        String site = Sites.linked(registry, runOnServer, backOffice, holder, "MAÇONNERIE DU PAYS MESSIN", 1, cabinet).get(0);
        Portal.certifiedMobile(realm, runOnServer, holderEmail);

        browser.open(realm.getBaseUrl() + "/cibtp-delegations/droits-acces");
        SignInPage signIn = CibtpPage.on(browser, SignInPage.class);
        assertEquals("Connexion à votre espace CIBTP", signIn.title(), "the page signs the browser in first");
        RightsListPage list = signIn.signIn(holderEmail, PASSWORD, RightsListPage.class);

        assertEquals("Gérer les droits d'accès", list.title());
        assertTrue(list.site().contains("MAÇONNERIE DU PAYS MESSIN"), "acts for the site chosen at sign-in");
        assertEquals("Vous n'avez défini aucune délégation à votre cabinet comptable.", list.cabinetNone());
        assertTrue(list.cabinetTitle().contains("COMPTAGESTION"));
        assertFitsTheScreen(list);
        screenshot("droits-1-liste-vide");

        // Adding a delegation asks the SMS code first: most delegations give power.
        SmsCodePage code = list.addDelegationAskingTheSmsCode(SmsCodePage.class);
        assertFitsTheScreen(code);
        DelegationFormPage form = code.receiveCode().enterCode(SmsCodes.last(operator), DelegationFormPage.class);
        assertEquals("Ajout de délégation", form.title());
        String email = CibtpRealm.uniqueEmail("page-delegue");
        form.fillPerson(email, "BERTRAND", "Claire");
        assertEquals(3, form.checked("input[name=colleges]"), "the three collèges are checked by default");

        form.setEveryFeature("consultation");
        assertEquals(17, form.checked("input[name^=droit_][value=consultation]"), "a column radio sets every feature");
        form.toggleAdministrator();
        assertFalse(form.radio("informations-adherent", "aucun").isEnabled(), "Administrateur locks the matrix");
        assertTrue(form.radio("informations-adherent", "mise_a_jour").isSelected(), "... at Mise à jour");
        assertTrue(form.radio("situation-compte", "consultation").isSelected(), "... or the most a consultation-only feature allows");
        form.showAdministrator();
        screenshot("droits-2-administrateur");
        form.toggleAdministrator();
        assertTrue(form.radio("informations-adherent", "aucun").isEnabled());
        form.setEveryFeature("aucun");
        assertEquals(17, form.checked("input[name^=droit_][value=aucun]"));
        for (String feature : THREE) {
            form.set(feature, "consultation");
        }
        screenshot("droits-3-ajout");
        list = form.submitWithKeyboard();

        assertEquals("Gérer les droits d'accès", list.title());
        assertTrue(list.feedback().startsWith("La délégation est enregistrée."), list.feedback());
        String row = list.delegationTo(email).getText();
        assertTrue(row.contains("Actif"), row);
        assertNotNull(EnrollmentPages.lastLinkSentTo(mail, email), "the invitee got the activation email");
        String invitee = realm.admin().users().searchByEmail(email, true).get(0).getId();
        Rights rights = runOnServer.fetch(DelegationsOnServer.rights(invitee, site), Rights.class);
        assertEquals(THREE.stream().sorted().toList(), List.copyOf(rights.droits().keySet()));
        rights.droits().values().forEach(mode -> assertEquals("consultation", mode));
        assertFitsTheScreen(list);
        screenshot("droits-4-liste");

        CloseDelegationPage close = list.closeDelegationTo(email);
        assertEquals("Fermeture de délégation", close.title());
        assertTrue(close.question().contains(email));
        list = close.confirm();
        assertEquals("La délégation est fermée.", list.feedback());
        assertFalse(list.lists(email), "the list shows the active users by default, as the guide does");
        list = list.includeInactive();
        assertTrue(list.delegationTo(email).getText().contains("Fermé"), "and the others once the box is unticked");
        assertEquals(0, runOnServer.fetch(DelegationsOnServer.rights(invitee, site), Rights.class).droits().size(),
                "a closed delegation gives nothing");
        screenshot("droits-5-fermee");
    }

    @Test
    void anEnglishBrowserReadsAndTypesDatesAsDayMonthYear() {
        RegistryApi registry = new RegistryApi(realm);
        String holderEmail = CibtpRealm.uniqueEmail("page-anglais");
        String holder = CibtpRealm.createUser(realm, holderEmail, PASSWORD, false);
        Sites.linked(registry, runOnServer, registry.serviceAccountToken("back-office-rights-page", true), holder, "TOITURES DE THIONVILLE", 1);
        Portal.certifiedMobile(realm, runOnServer, holderEmail);
        ManagedWebDriver english = new ManagedWebDriver(Chromium.phone(360, 800, "en-US"));
        try {
            english.open(realm.getBaseUrl() + "/cibtp-delegations/droits-acces");
            RightsListPage list = CibtpPage.on(english, SignInPage.class).signIn(holderEmail, PASSWORD, RightsListPage.class);
            list = list.filterByDates("01/12/2026", "31/12/2027");
            assertEquals(List.of("01/12/2026", "31/12/2027"), List.of(list.filterValue("date_effet"), list.filterValue("date_fin")),
                    "typed day first, and kept so, whatever the browser's language");

            DelegationFormPage form = list.addDelegationAskingTheSmsCode(SmsCodePage.class).receiveCode()
                    .enterCode(SmsCodes.last(operator), DelegationFormPage.class);
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertEquals(List.of("text", today, "dd/mm/yyyy"), form.dateField("date_effet"),
                    "no date picker in the browser's language (mm/dd/yyyy): the guide's jj/mm/aaaa");
        } finally {
            english.driver().quit();
        }
    }

    private static void assertFitsTheScreen(CibtpPage page) {
        assertEquals(360L, page.viewportWidth());
        long overflow = page.sidewaysOverflow();
        assertTrue(overflow <= 0, "the page scrolls sideways by " + overflow + " px at 360 px");
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser.driver(), name);
    }
}
