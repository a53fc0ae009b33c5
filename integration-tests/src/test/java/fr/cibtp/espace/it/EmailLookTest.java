package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.lastMailTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;

import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.DelegationsOnServer;
import fr.cibtp.espace.it.support.Mails;
import fr.cibtp.espace.it.support.RealmOnServer;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/**
 * One email layout for both spaces: the caisse's name (and logo, when set), a band in the space's colour naming the
 * space, the action as a button that is a table cell (one block on a phone), a short fallback link, dates in words.
 */
@KeycloakIntegrationTest
class EmailLookTest {

    private static final String VIOLET = "#5c2483";
    private static final String BLUE = "#00579c";
    private static final String DEFAULT_CAISSE = "Congés Intempéries BTP – Caisse du Grand Est";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectMailServer
    MailServer mail;

    @BeforeEach
    void aFreshBrowser() {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void defaultLook() {
        CibtpRealm.updateSettings(realm, Map.of("caisse-name", "", "caisse-logo-url", ""));
    }

    @Test
    void theResetEmailOfEachSpaceIsInItsColourWithTheCaisseNameAndOneButton() {
        String entreprise = resetFrom(CibtpRealm.ENTREPRISE);
        String salarie = resetFrom(CibtpRealm.SALARIE);

        String violet = Mails.lastHtmlTo(mail, entreprise);
        assertTrue(violet.contains(DEFAULT_CAISSE), violet);
        assertTrue(violet.contains(">Espace sécurisé entreprise<"), violet);
        assertButton(violet, VIOLET, "Choisir un nouveau mot de passe");
        assertFalse(violet.contains(BLUE), "the entreprise space's mail has nothing of the salarié's colour");

        String blue = Mails.lastHtmlTo(mail, salarie);
        assertTrue(blue.contains(">Espace sécurisé salarié<"), blue);
        assertButton(blue, BLUE, "Choisir un nouveau mot de passe");
        assertFalse(blue.contains(VIOLET), "the salarié space's mail has nothing of the entreprise's colour");
        assertFalse(blue.contains("<img"), "no logo is set: none is shown");
        assertTrue(lastMailTo(mail, salarie).text().contains("15 minutes"), lastMailTo(mail, salarie).text());
    }

    @Test
    void theCaisseNameAndLogoAreSettingsAndOnlyAWebAddressIsAcceptedAsLogo() {
        assertThrows(BadRequestException.class, () -> CibtpRealm.updateSettings(realm, Map.of("caisse-logo-url", "javascript:alert(1)")));
        assertThrows(BadRequestException.class, () -> CibtpRealm.updateSettings(realm, Map.of("caisse-logo-url", "http://www.cibtp-ouest.fr/logo.png")),
                "an http image would be blocked on the https pages");
        CibtpRealm.updateSettings(realm, Map.of("caisse-name", "CIBTP de l'Ouest", "caisse-logo-url", "https://www.cibtp-ouest.fr/logo.png"));

        String email = resetFrom(CibtpRealm.ENTREPRISE);

        String html = Mails.lastHtmlTo(mail, email);
        assertTrue(html.contains("CIBTP de l&#39;Ouest") || html.contains("CIBTP de l'Ouest"), html);
        assertTrue(html.contains("<img src=\"https://www.cibtp-ouest.fr/logo.png\""), html);
        assertFalse(html.contains(DEFAULT_CAISSE), html);
    }

    @Test
    void theEndOfADelegationIsWrittenInWordsAndNamesTheCompanyAndItsSite() {
        RegistryApi api = new RegistryApi(realm);
        String grantee = CibtpRealm.uniqueEmail("fin-courriel");
        String granteeId = CibtpRealm.createUser(realm, grantee, "Mot-De-Passe-2026", false);
        String grantor = CibtpRealm.uniqueEmail("donneur-courriel");
        String grantorId = CibtpRealm.createUser(realm, grantor, "Mot-De-Passe-2026", false);
        String site = Sites.linked(api, runOnServer, api.serviceAccountToken("back-office-email-look", true), grantorId,
                "MENUISERIE DU RIED", 1).get(0);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        LocalDate end = today.plusDays(7);
        Map<String, String> delegation = new HashMap<>(Map.of("site", site, "granteeId", granteeId, "grantorId", grantorId,
                "admin", "false", "colleges", "ouvrier", "modes", "planning=consultation",
                "effet", today.minusDays(30).toString(), "fin", end.toString()));
        String id = runOnServer.fetch(DelegationsOnServer.add(delegation), String.class);

        // The daily job has no request to build a link from: the realm's Frontend URL (or the hostname option) gives it.
        String server = realm.getBaseUrl().substring(0, realm.getBaseUrl().indexOf("/realms/"));
        runOnServer.run(RealmOnServer.frontendUrl(server));
        try {
            runOnServer.fetch(DelegationsOnServer.expire(today), DelegationsOnServer.Expiry.class);
        } finally {
            runOnServer.run(RealmOnServer.frontendUrl(null));
        }
        assertButton(Mails.lastHtmlTo(mail, grantor), VIOLET, "Prolonger ou modifier la délégation");
        assertTrue(Mails.lastHtmlTo(mail, grantor).contains("href=\"" + server + "/realms/cibtp/cibtp-delegations/droits-acces/" + id
                + "?site=" + site + "\""), "the delegation's own page, for who gave it");

        String html = Mails.lastHtmlTo(mail, grantee);
        String inWords = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(end);
        assertTrue(html.contains("prend fin le <strong>" + inWords + "</strong>"), html);
        assertFalse(html.contains(end.toString()), "no ISO date: " + html);
        assertTrue(html.contains("<strong>MENUISERIE DU RIED</strong>, site déclarant <strong>CHANTIER 0</strong>"), html);
        assertFalse(html.contains("cibtp-email-button"), "its delegate cannot extend it: no button");
    }

    /** The action is a table cell in the colour holding one link, and the address under it is written short. */
    private static void assertButton(String html, String colour, String label) {
        Matcher cell = Pattern.compile("<td class=\"cibtp-email-button\" bgcolor=\"" + colour + "\"[^>]*>\\s*<a href=\"([^\"]+)\" style=\"display:inline-block;[^\"]*\">"
                + Pattern.quote(label) + "</a>\\s*</td>").matcher(html);
        assertTrue(cell.find(), "a table-cell button \"" + label + "\" in " + colour + ": " + html);
        String link = cell.group(1);
        List<String> paddedInlineLinks = Pattern.compile("<a [^>]*style=\"(?![^\"]*display:inline-block)[^\"]*padding").matcher(html)
                .results().map(m -> m.group()).toList();
        assertEquals(List.of(), paddedInlineLinks, "no padding on an inline link");
        Matcher fallback = Pattern.compile("<a href=\"" + Pattern.quote(link) + "\"[^>]*>([^<]*)</a>").matcher(html);
        assertTrue(fallback.find() && fallback.find(), "the same link under the button: " + html);
        String shown = fallback.group(1);
        assertTrue(shown.endsWith("…") && shown.length() < 100 && !shown.contains("key="), "a short readable link: " + shown);
    }

    /** "Mot de passe oublié ?" from a space's sign-in page, for a new account; returns its address. */
    private String resetFrom(String client) {
        String email = CibtpRealm.uniqueEmail("apparence");
        CibtpRealm.createSiteHolder(realm, runOnServer, email, "Ancien-Mot-2026", false);
        driver.driver().manage().deleteAllCookies();
        oauth.client(client, CibtpRealm.clientSecret(realm, client));
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").open();
        CibtpPage.on(driver, SignInPage.class).forgotPassword().resetByEmail().sendLinkTo(email);
        return email;
    }
}
