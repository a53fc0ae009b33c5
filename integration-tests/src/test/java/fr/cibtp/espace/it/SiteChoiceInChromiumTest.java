package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.SiteChoicePage;
import fr.cibtp.espace.it.support.Accessibility;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.Chromium;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Sites;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.openqa.selenium.By;

/** The site chooser, the first screen an accounting firm sees, in Debian's Chromium on a desktop and on a phone. */
@KeycloakIntegrationTest
class SiteChoiceInChromiumTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @Test
    void everyColumnReadsAt1280And360PixelsAndAxeFindsNothing() throws IOException {
        RegistryApi api = new RegistryApi(realm);
        String backOffice = api.serviceAccountToken("back-office-chooser", true);
        for (int width : new int[] {1280, 360}) {
            ManagedWebDriver browser = new ManagedWebDriver(Chromium.phone(width, 900));
            try {
                String email = CibtpRealm.uniqueEmail("choix-" + width);
                String userId = CibtpRealm.createUser(realm, email, PASSWORD, false);
                Sites.linked(api, runOnServer, backOffice, userId, "SOCIÉTÉ DE MAÇONNERIE ET DE RAVALEMENT DU BAS-RHIN", 3);
                SiteChoicePage chooser = signIn(browser).signIn(email, PASSWORD, SiteChoicePage.class);

                assertEquals("Choix de l'adhérent et du site déclarant", chooser.title());
                assertEquals(List.of("Raison sociale", "SIRET", "Nom du site déclarant", "Identifiant", "Alertes DSN"), chooser.columns());
                assertFalse(browser.findElement(By.id("kc-attempted-username")).isDisplayed(), "no stray attempted-username box");
                Chromium.screenshot(browser.driver(), "choix-du-site-" + width);
                assertEquals(List.of(), chooser.unreadableCells(), "at " + width + " px");
                assertTrue(chooser.sidewaysOverflow() <= 0, "the page scrolls sideways by " + chooser.sidewaysOverflow() + " px at " + width);
                assertEquals(List.of(), Accessibility.violations(browser.driver()), "axe-core, WCAG 2.1 AA, at " + width + " px");
            } finally {
                browser.driver().quit();
            }
        }
    }

    private SignInPage signIn(ManagedWebDriver browser) {
        browser.open(realm.getBaseUrl() + "/protocol/openid-connect/auth?client_id=" + CibtpRealm.ENTREPRISE
                + "&response_type=code&scope=openid&ui_locales=fr&code_challenge_method=S256"
                + "&code_challenge=" + PkceGenerator.s256().getCodeChallenge()
                + "&redirect_uri=" + URLEncoder.encode(CibtpPage.REDIRECT_URI, StandardCharsets.UTF_8));
        return CibtpPage.on(browser, SignInPage.class);
    }
}
