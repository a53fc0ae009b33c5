package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.ProConnectLinkPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.SiteChoicePage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.Words;
import fr.cibtp.espace.it.support.ProConnectStandIn;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/**
 * Sign-in with ProConnect, against a stand-in: a second realm of the test server acting as ProConnect (its client for
 * the caisse, the scopes ProConnect serves, a {@code siret} claim). Off as shipped; once the caisse turns it on, the
 * entreprise login offers it; the first time, the ProConnect identity is linked only after the account's password
 * (a matching email is not enough, a wrong password links nothing); afterwards ProConnect alone signs in, and the
 * site chooser opens on the site of ProConnect's SIRET, until that password changes: the link ends with it.
 */
@KeycloakIntegrationTest
class ProConnectTest {

    private static final String PASSWORD = "Charpente-Verdun-55";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    private ProConnectStandIn standIn;

    @BeforeEach
    void freshBrowser() {
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void asShipped() {
        if (standIn != null) {
            standIn.close();
        }
    }

    @Test
    void offAsShippedAndNeverOnTheSalarieLogin() {
        IdentityProviderRepresentation shipped = realm.admin().identityProviders().get("proconnect").toRepresentation();
        assertFalse(shipped.isEnabled(), "ProConnect is off until the caisse sets it up");
        assertEquals(List.of("cibtp proconnect premiere connexion", "cibtp proconnect connexion"),
                List.of(shipped.getFirstBrokerLoginFlowAlias(), shipped.getPostBrokerLoginFlowAlias()));
        assertFalse(openLogin(CibtpRealm.ENTREPRISE).offersProConnect());

        standIn = ProConnectStandIn.start(admin, realm, "personne@exemple.fr", "32483899499750");
        assertFalse(openLogin(CibtpRealm.SALARIE).offersProConnect(), "the salarié space has no ProConnect");
        assertEquals("S'identifier avec ProConnect", openLogin(CibtpRealm.ENTREPRISE).proConnectLabel());
    }

    @Test
    void linkedOnceByThePasswordThenProConnectAloneOpensTheChooserOnItsSite() {
        String email = CibtpRealm.uniqueEmail("proconnect");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        RegistryApi registry = new RegistryApi(realm);
        List<Sites.Linked> sites = Sites.linkedSites(registry, runOnServer, registry.serviceAccountToken("back-office-tests", true), userId,
                "MENUISERIE DE LA MEUSE", 2, null);
        Sites.Linked hers = sites.get(1);
        // The same email at ProConnect as in the Espace sécurisé: still not enough to link.
        standIn = ProConnectStandIn.start(admin, realm, email, hers.siret());

        PkceGenerator pkce = PkceGenerator.s256();
        ProConnectLinkPage link = throughProConnect(openLogin(CibtpRealm.ENTREPRISE, pkce), ProConnectLinkPage.class);

        assertEquals("Relier ProConnect à votre Espace sécurisé", link.title());
        assertTrue(link.intro().contains("Paule Martin"));
        assertEquals(email, link.username(), "ProConnect's email, typed for her");
        link = link.link("Pas-le-bon-1", ProConnectLinkPage.class);
        assertEquals("Relier ProConnect à votre Espace sécurisé", link.title());
        assertEquals(Words.fr("invalidUserMessage"), link.usernameError());
        assertEquals(0, realm.admin().users().get(userId).getFederatedIdentity().size(), "a wrong password links nothing");

        SiteChoicePage chooser = link.link(PASSWORD, SiteChoicePage.class);
        assertChooserOn(chooser, hers);
        assertEquals(List.of("proconnect"), realm.admin().users().get(userId).getFederatedIdentity().stream()
                .map(linked -> linked.getIdentityProvider()).toList());
        AccessToken token = chooseAndRedeem(chooser, pkce);
        assertEquals("mot-de-passe", token.getAcr());
        assertEquals(hers.identifiant(), siteOf(token));

        // Next time: ProConnect alone (no password), the chooser on her site.
        forgetSignIns();
        pkce = PkceGenerator.s256();
        chooser = throughProConnect(openLogin(CibtpRealm.ENTREPRISE, pkce), SiteChoicePage.class);
        assertChooserOn(chooser, hers);
        assertEquals(hers.identifiant(), siteOf(chooseAndRedeem(chooser, pkce)));

        // The password that linked it changes (here by the caisse; a reset or "Modifier mot de passe" alike): the link
        // ends with it, and ProConnect links again only with the new password.
        CredentialRepresentation newPassword = new CredentialRepresentation();
        newPassword.setType(CredentialRepresentation.PASSWORD);
        newPassword.setValue(PASSWORD + "-2");
        newPassword.setTemporary(false);
        realm.admin().users().get(userId).resetPassword(newPassword);
        forgetSignIns();
        link = throughProConnect(openLogin(CibtpRealm.ENTREPRISE), ProConnectLinkPage.class);
        assertEquals("Reliez de nouveau ProConnect", link.title());
        assertTrue(link.message().startsWith("Votre mot de passe a changé"));
        assertEquals(0, realm.admin().users().get(userId).getFederatedIdentity().size(), "the link ended with its password");
        forgetSignIns();
        link = throughProConnect(openLogin(CibtpRealm.ENTREPRISE), ProConnectLinkPage.class);
        assertEquals("Relier ProConnect à votre Espace sécurisé", link.title());
        link = link.link(PASSWORD, ProConnectLinkPage.class);
        assertEquals("Relier ProConnect à votre Espace sécurisé", link.title(), "the old password links nothing");
        // After these wrong passwords Keycloak's brute-force detection holds the account a minute, on this page too.
        timeOffSet.set(61);
        assertChooserOn(link.link(PASSWORD + "-2", SiteChoicePage.class), hers);
    }

    @Test
    void aProConnectIdentityWithNoAccountLinksNothingAndCreatesNone() {
        standIn = ProConnectStandIn.start(admin, realm, CibtpRealm.uniqueEmail("inconnu"), "32483899499750");
        int users = realm.admin().users().count();
        ProConnectLinkPage link = throughProConnect(openLogin(CibtpRealm.ENTREPRISE), ProConnectLinkPage.class);
        assertEquals("Relier ProConnect à votre Espace sécurisé", link.title());
        assertTrue(link.noSpace().contains("Je crée mon espace sécurisé"));
        assertEquals(users, realm.admin().users().count(), "no account is created from ProConnect");
    }

    private void assertChooserOn(SiteChoicePage chooser, Sites.Linked site) {
        assertEquals("Choix de l'adhérent et du site déclarant", chooser.title());
        assertTrue(chooser.preselected().contains("ProConnect"));
        assertEquals(site.siret(), chooser.search());
        assertTrue(chooser.isSelected(site.identifiant()), "ProConnect's site is selected");
    }

    private AccessToken chooseAndRedeem(SiteChoicePage chooser, PkceGenerator pkce) {
        chooser.validateBackToPortal();
        String code = oauth.parseLoginResponse().getCode();
        assertTrue(code != null, driver.driver().getPageSource());
        return oauth.verifyToken(oauth.accessTokenRequest(code).codeVerifier(pkce).send().getAccessToken());
    }

    @SuppressWarnings("unchecked")
    private static String siteOf(AccessToken token) {
        Map<String, Object> cibtp = (Map<String, Object>) token.getOtherClaims().get("cibtp");
        return (String) ((Map<String, Object>) cibtp.get("site")).get("identifiant");
    }

    /** "S'identifier avec ProConnect", then the stand-in's own sign-in page, as its one person. */
    private <P extends CibtpPage> P throughProConnect(SignInPage login, Class<P> next) {
        SignInPage atStandIn = login.proConnect();
        assertTrue(driver.driver().getCurrentUrl().contains("/realms/" + ProConnectStandIn.REALM + "/"), driver.driver().getCurrentUrl());
        return atStandIn.signInWithButton(ProConnectStandIn.USERNAME, ProConnectStandIn.PASSWORD, next);
    }

    /** Signed in nowhere, neither here nor at the stand-in. */
    private void forgetSignIns() {
        driver.open(realm.getBaseUrl() + "/account");
        driver.driver().manage().deleteAllCookies();
        driver.open(standIn.accountUrl());
        driver.driver().manage().deleteAllCookies();
    }

    private SignInPage openLogin(String client) {
        return openLogin(client, PkceGenerator.s256());
    }

    private SignInPage openLogin(String client, PkceGenerator pkce) {
        oauth.client(client, CibtpRealm.clientSecret(realm, client));
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        return CibtpPage.on(driver, SignInPage.class);
    }

}
