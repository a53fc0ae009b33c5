package fr.cibtp.espace.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cibtp.espace.it.support.Letters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two sites in one space: the sign-in asks which one, the token names it, and "Changer de tiers" asks again. */
@ExtendWith(KeycloakInContainer.class)
class SiteChoiceInContainerTest {

    private final ContainerServer server = KeycloakInContainer.server();

    @Test
    void aTwoSiteAccountChoosesAtSignInThenSwitchesWithoutItsPassword() {
        Letters first = Enrollments.newSite(server).letters();
        Letters second = Enrollments.newSite(server).letters();
        String email = Enrollments.uniqueEmail("deux-sites");
        Enrollments.enrolledAdministrator(server, first, email);
        Enrollments.associate(server, second, email);

        Portal portal = new Portal(server);
        try (Browser browser = new Browser()) {
            Enrollments.signIn(browser, portal, email);
            assertEquals(Enrollments.CHOOSER, browser.title(), browser.text());
            assertTrue(browser.has("site-" + first.identifiant()) && browser.has("site-" + second.identifiant()), browser.text());
            Enrollments.choose(browser, second.identifiant());
            assertEquals(second.identifiant(), site(portal, browser), "the chosen site");

            browser.open(portal.signInUrl() + "&kc_action=cibtp-switch-site");
            assertEquals(Enrollments.CHOOSER, browser.title(), "no password asked: " + browser.text());
            Enrollments.choose(browser, first.identifiant());
            assertEquals(first.identifiant(), site(portal, browser), "the site switched to");
        }
    }

    private static String site(Portal portal, Browser browser) {
        return Portal.claim(portal.exchange(browser.code())).path("site").path("identifiant").asText();
    }
}
