package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.ContactUpdatePage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.MobileOnServer;
import fr.cibtp.espace.it.support.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
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

/** "Mettre à jour les informations de contact": names and the fixed phone as user-profile attributes; the mobile is not editable there. */
@KeycloakIntegrationTest
class ContactUpdateTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

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

    @BeforeEach
    void aFreshBrowser() {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @Test
    void namesAndTheFixedPhoneAreEditedButNotTheCertifiedMobile() {
        String email = CibtpRealm.uniqueEmail("contact");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        runOnServer.run(MobileOnServer.certify(userId, "+33612345678"));
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        PkceGenerator pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).kcAction("UPDATE_PROFILE").uiLocales("fr").open();
        oauth.fillLoginForm(email, PASSWORD);

        ContactUpdatePage contact = CibtpPage.on(driver, ContactUpdatePage.class);
        assertFalse(contact.editsEmail(), "no email field to edit on the profile page");
        assertFalse(contact.editsMobile(), "only \"Certification du numéro de téléphone\" changes the mobile");
        contact = contact.type("landlineNumber", "pas un numéro").type("lastName", "<b>LEMOINE</b>").submit(ContactUpdatePage.class);
        assertTrue(contact.fieldError("landlineNumber").startsWith("Ce numéro de téléphone n'est pas valide"), contact.fieldError("landlineNumber"));
        assertTrue(!contact.fieldError("lastName").isEmpty(), "markup in a name is refused");
        assertFalse(contact.showsBold());
        assertEquals("true", attribute(userId, "phoneNumberVerified"), "nothing changed");

        contact.type("landlineNumber", "03 87 12 34 56").type("lastName", "LEMOINE-D'ARC").submitBackToPortal();
        String token = oauth.accessTokenRequest(oauth.parseLoginResponse().getCode()).codeVerifier(pkce).send().getAccessToken();
        assertNotNull(token);


        assertEquals("+33612345678", attribute(userId, "phoneNumber"));
        assertEquals("true", attribute(userId, "phoneNumberVerified"), "the certified mobile is untouched");
        assertEquals("+33387123456", attribute(userId, "landlineNumber"));
        assertEquals("LEMOINE-D'ARC", realm.admin().users().get(userId).toRepresentation().getLastName());
        assertTrue(TestEvents.of(events, "UPDATE_PROFILE", userId).size() >= 1);

        // The account console's API: the email stays read-only there (Keycloak's own rule with update-email, and the
        // user profile's, which holds even without that feature), so every change goes through the email-change action.
        String change = "{\"username\":\"" + email + "\",\"email\":\"" + CibtpRealm.uniqueEmail("contourne")
                + "\",\"firstName\":\"Sandrine\",\"lastName\":\"LEMOINE-D'ARC\",\"attributes\":{\"phoneNumber\":[\"+33699999999\"]}}";
        int refused = accountApi(token, change).statusCode();
        assertTrue(refused == 401 || refused == 403, "a portal's token has neither the account audience nor its roles: " + refused);
        var attempt = accountApi(accountConsoleToken(), change);
        assertTrue(attempt.statusCode() != 401 && attempt.statusCode() != 403, "the request itself is accepted: " + attempt.statusCode());
        assertEquals(email, realm.admin().users().get(userId).toRepresentation().getEmail(),
                "the email changes only through \"Modifier mon adresse électronique\" (" + attempt.statusCode() + " " + attempt.body() + ")");
        assertEquals("+33612345678", attribute(userId, "phoneNumber"), "nor the mobile, outside its certification");
    }

    /**
     * A token as Keycloak's account console gets one, for the browser already signed in: a client with the realm's
     * default scopes (the account audience and roles), which the portals' clients do not carry.
     */
    private String accountConsoleToken() {
        String clientId = "console-compte-test";
        String secret = "secret-" + clientId;
        if (realm.admin().clients().findByClientId(clientId).isEmpty()) {
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId(clientId);
            client.setSecret(secret);
            client.setPublicClient(false);
            client.setStandardFlowEnabled(true);
            client.setRedirectUris(List.of("http://127.0.0.1:8500/*"));
            realm.admin().clients().create(client).close();
        }
        oauth.client(clientId, secret);
        PkceGenerator pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        String token = oauth.accessTokenRequest(oauth.parseLoginResponse().getCode()).codeVerifier(pkce).send().getAccessToken();
        assertNotNull(token);
        return token;
    }

    private java.net.http.HttpResponse<String> accountApi(String token, String json) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(realm.getBaseUrl() + "/account/"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String attribute(String userId, String name) {
        List<String> values = realm.admin().users().get(userId).toRepresentation().getAttributes().get(name);
        return values == null ? null : values.get(0);
    }
}
