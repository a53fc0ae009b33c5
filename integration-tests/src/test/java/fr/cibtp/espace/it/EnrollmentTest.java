package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.alert;
import static fr.cibtp.espace.it.support.EnrollmentPages.answerAdherent;
import static fr.cibtp.espace.it.support.EnrollmentPages.createAccount;
import static fr.cibtp.espace.it.support.EnrollmentPages.identify;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastLinkSentTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.pageText;
import static fr.cibtp.espace.it.support.EnrollmentPages.title;
import static fr.cibtp.espace.it.support.EnrollmentPages.type;
import static fr.cibtp.espace.it.support.EnrollmentPages.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.DelegationApi;
import fr.cibtp.espace.it.support.EnrollmentPages;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.RegistryOnServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
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
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Je crée mon espace sécurisé" and "Je les associe à un espace existant" in the browser, from the login page to a
 * token, with the activation email read from the SMTP server.
 */
@KeycloakIntegrationTest
class EnrollmentTest {

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

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    private RegistryApi api;
    private String backOffice;
    private PkceGenerator pkce;

    @BeforeEach
    void aFreshBrowser() {
        api = new RegistryApi(realm);
        backOffice = api.serviceAccountToken("back-office-enrollment", true);
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @Test
    void anAdherentEnrollsFromTheLoginPageAndItsActivationLinkSignsItIn() {
        Letters letters = Letters.site(api, backOffice);
        String email = CibtpRealm.uniqueEmail("adherent");
        openLoginPage(CibtpRealm.ENTREPRISE);

        driver.findElement(By.id("cibtp-enroll")).click();
        assertEquals("Aide à la création de votre espace sécurisé", title(driver));
        answerAdherent(driver);
        assertEquals("Créer mon espace sécurisé", title(driver));
        // Typed as people do: spaces instead of dashes, the code in lower case with spaces.
        identify(driver, letters.identifiant().replace("-", " "), letters.siret(), letters.code().toLowerCase().replace("-", " "));

        assertEquals("Étape 2/2 : Saisie des informations de contact et de connexion", driver.findElement(By.cssSelector("h2.cibtp-subtitle")).getText());
        assertEquals("PERRIN", driver.findElement(By.id("lastName")).getAttribute("value"), "nom pre-filled from the registry");
        assertEquals("JULIEN", driver.findElement(By.id("firstName")).getAttribute("value"));
        createAccount(driver, email, Map.of("landline", "03 87 12 34 56"));

        assertEquals("Finalisation de l'ouverture de compte", title(driver));
        assertTrue(pageText(driver).contains("Merci d'avoir finalisé l'ouverture du compte."));
        UserRepresentation user = realm.admin().users().get(realm.admin().users().searchByEmail(email, true).get(0).getId()).toRepresentation();
        assertEquals("fr", user.getAttributes().get("locale").get(0), "the account keeps the language it enrolled in");
        assertEquals(List.of("VERIFY_EMAIL"), user.getRequiredActions(), "no token before the link is clicked");
        assertFalse(user.isEmailVerified());
        assertEquals(List.of(letters.precompte()), precomptes(user.getId()));
        assertEquals("+33612345678", user.getAttributes().get("phoneNumber").get(0));
        assertEquals("+33387123456", user.getAttributes().get("landlineNumber").get(0));

        driver.open(lastLinkSentTo(mail, email));
        AuthorizationEndpointResponse response = oauth.parseLoginResponse();
        assertNotNull(response.getCode(), "the activation link, clicked in the same browser, signs the user in");
        AccessToken token = oauth.verifyToken(oauth.accessTokenRequest(response.getCode()).codeVerifier(pkce).send().getAccessToken());
        assertEquals(email, token.getEmail());
        assertTrue(token.getEmailVerified());
        assertEquals(letters.identifiant(), ((Map<?, ?>) ((Map<?, ?>) token.getOtherClaims().get("cibtp")).get("site")).get("identifiant"),
                "the enrolled site, the account's only one, is chosen silently");

        user = realm.admin().users().get(user.getId()).toRepresentation();
        assertTrue(user.getRequiredActions().isEmpty());
        assertNotNull(user.getAttributes().get("emailCertifiedAt"), "the certification is dated");
        List<EventRepresentation> registered = realm.admin().getEvents(List.of("REGISTER"), null, user.getId(), null, null, null, 0, 10);
        assertEquals(letters.precompte(), registered.get(0).getDetails().get("cibtp_precompte"));
        assertEquals(1, realm.admin().getEvents(List.of("SEND_VERIFY_EMAIL"), null, user.getId(), null, null, null, 0, 10).size());
    }

    @Test
    void aSalarieEnrollsOnTheSalarieSpaceAndCannotSignInBeforeActivation() {
        Letters letters = Letters.salarie(api, backOffice);
        String email = CibtpRealm.uniqueEmail("salarie");
        openLoginPage(CibtpRealm.SALARIE);
        assertTrue(driver.driver().findElements(By.id("cibtp-associate")).isEmpty(), "a salarié has one space");

        driver.findElement(By.id("cibtp-enroll")).click();
        assertEquals("Créer mon espace sécurisé", title(driver), "no questionnaire on the salarié space");
        assertTrue(driver.driver().findElements(By.id("siret")).isEmpty());
        identify(driver, letters.identifiant().toLowerCase(), null, letters.code());
        createAccount(driver, email, Map.of());
        assertEquals("Finalisation de l'ouverture de compte", title(driver));
        String link = lastLinkSentTo(mail, email);

        driver.driver().manage().deleteAllCookies();
        openLoginPage(CibtpRealm.SALARIE);
        oauth.fillLoginForm(email, EnrollmentPages.PASSWORD);
        assertEquals("Finalisation de l'ouverture de compte", title(driver), "signing in before activation gives no token");
        assertTrue(driver.getCurrentUrl().contains("required-action?execution=VERIFY_EMAIL"), driver.getCurrentUrl());

        driver.driver().manage().deleteAllCookies();
        driver.open(link);
        // Another browser confirms before certifying (in its own language: this one asks for English).
        assertTrue(driver.getCurrentUrl().contains("/login-actions/action-token"), driver.getCurrentUrl());
        driver.findElement(By.cssSelector("main a[href*=action-token], main form [type=submit]")).click();
        String activated = pageText(driver);
        assertTrue(activated.contains("votre compte est activé") || activated.contains("your account is activated"), activated);
        WebElement toSpace = driver.findElement(By.cssSelector("#kc-info-message a"));
        assertEquals("http://localhost:3001/", toSpace.getAttribute("href"), "no dead end: the salarié portal, where one signs in");
        assertTrue(List.of("Accéder à mon Espace sécurisé", "Go to my secure space").contains(toSpace.getText()), toSpace.getText());

        openLoginPage(CibtpRealm.SALARIE);
        oauth.fillLoginForm(email, EnrollmentPages.PASSWORD);
        AuthorizationEndpointResponse response = oauth.parseLoginResponse();
        String accessToken = oauth.accessTokenRequest(response.getCode()).codeVerifier(pkce).send().getAccessToken();
        AccessToken token = oauth.verifyToken(accessToken);
        assertEquals(email, token.getEmail());
        assertFalse(token.getAudience() != null && Arrays.asList(token.getAudience()).contains("cibtp-delegations"),
                "a salarié manages no site: the delegation API is not among its token's audiences");
        assertEquals(403, new DelegationApi(realm).get(accessToken, "/sites").statusCode());
        assertEquals(Map.of("espace", "salarie", "salarie", Map.of("identifiant", letters.identifiant(), "nom", "DUBOIS", "prenom", "KARIM")),
                token.getOtherClaims().get("cibtp"), "the salarié's token names the salarié");
        assertEquals(List.of(letters.precompte()),
                precomptes(realm.admin().users().searchByEmail(email, true).get(0).getId()));
    }

    @Test
    void aSecondSiteIsAssociatedWithAnExistingSpace() {
        Letters letters = Letters.site(api, backOffice);
        String email = CibtpRealm.uniqueEmail("association");
        String userId = CibtpRealm.createUser(realm, email, EnrollmentPages.PASSWORD, false);
        openLoginPage(CibtpRealm.ENTREPRISE);

        driver.findElement(By.id("cibtp-associate")).click();
        assertEquals("Associer un site déclarant à un espace existant", title(driver), "no questionnaire to associate");
        identify(driver, letters.identifiant(), letters.siret().substring(0, 9) + " " + letters.siret().substring(9), letters.code());

        type(driver, "username", email);
        type(driver, "password", "Pas-le-bon-1");
        validate(driver);
        assertEquals("Adresse électronique ou mot de passe incorrect.", alert(driver));
        type(driver, "username", CibtpRealm.uniqueEmail("inconnu"));
        type(driver, "password", EnrollmentPages.PASSWORD);
        validate(driver);
        assertEquals("Adresse électronique ou mot de passe incorrect.", alert(driver), "same answer for an unknown address");
        assertEquals(1, realm.admin().attackDetection().bruteForceUserStatus(userId).get("numFailures"),
                "a wrong password counts toward brute-force detection");

        type(driver, "username", email);
        type(driver, "password", EnrollmentPages.PASSWORD);
        validate(driver);
        assertTrue(driver.findElement(By.id("cibtp-associated")).getText()
                .startsWith("L'association de l'adhérent/site choisi avec votre espace sécurisé a bien été effectuée."));
        assertEquals(List.of(letters.precompte()), precomptes(userId));

        driver.findElement(By.id("cibtp-to-login")).click();
        assertEquals("Connexion à votre espace CIBTP", title(driver));
        oauth.fillLoginForm(email, EnrollmentPages.PASSWORD);
        assertNotNull(oauth.parseLoginResponse().getCode());
    }

    @Test
    void aMailServerDownLeavesTheAccountAndTheNextSignInSendsTheLink() {
        Letters letters = Letters.site(api, backOffice);
        String email = CibtpRealm.uniqueEmail("smtp");
        CibtpRealm.withMailServerDown(realm, () -> {
            openLoginPage(CibtpRealm.ENTREPRISE);
            driver.findElement(By.id("cibtp-enroll")).click();
            answerAdherent(driver);
            identify(driver, letters.identifiant(), letters.siret(), letters.code());
            createAccount(driver, email, Map.of());
            assertTrue(alert(driver).startsWith("Votre compte est créé, mais le courriel d'activation n'a pas pu être envoyé à " + email),
                    alert(driver));
            driver.navigate().refresh();
            assertTrue(alert(driver).startsWith("Votre compte est créé"), "reloading shows the same page, nothing created twice");
        });
        String userId = realm.admin().users().searchByEmail(email, true).get(0).getId();
        assertEquals(1, realm.admin().getEvents(List.of("SEND_VERIFY_EMAIL_ERROR"), null, userId, null, null, null, 0, 10).size());

        driver.driver().manage().deleteAllCookies();
        openLoginPage(CibtpRealm.ENTREPRISE);
        oauth.fillLoginForm(email, EnrollmentPages.PASSWORD);
        assertEquals("Finalisation de l'ouverture de compte", title(driver));
        driver.open(lastLinkSentTo(mail, email));
        assertNotNull(oauth.parseLoginResponse().getCode(), "the link sent at sign-in activates the account");
    }

    @Test
    void anExpiredOrAlreadyUsedLinkSaysHowToGetANewOne() {
        Letters letters = Letters.site(api, backOffice);
        String email = CibtpRealm.uniqueEmail("lien");
        RealmRepresentation settings = realm.admin().toRepresentation();
        Integer lifespan = settings.getActionTokenGeneratedByUserLifespan();
        settings.setActionTokenGeneratedByUserLifespan(2);
        realm.admin().update(settings);
        String link;
        try {
            openLoginPage(CibtpRealm.ENTREPRISE);
            driver.findElement(By.id("cibtp-enroll")).click();
            answerAdherent(driver);
            identify(driver, letters.identifiant(), letters.siret(), letters.code());
            createAccount(driver, email, Map.of());
            link = lastLinkSentTo(mail, email);
        } finally {
            settings.setActionTokenGeneratedByUserLifespan(lifespan);
            realm.admin().update(settings);
        }
        timeOffSet.set(3);
        driver.open(link);
        assertTrue(pageText(driver).contains("Ce lien a expiré. Connectez-vous avec votre adresse électronique"),
                pageText(driver));

        driver.driver().manage().deleteAllCookies();
        openLoginPage(CibtpRealm.ENTREPRISE);
        oauth.fillLoginForm(email, EnrollmentPages.PASSWORD);
        String fresh = lastLinkSentTo(mail, email);
        driver.open(fresh);
        assertNotNull(oauth.parseLoginResponse().getCode());
        driver.driver().manage().deleteAllCookies();
        driver.open(fresh);
        String reused = pageText(driver);
        assertTrue(reused.contains("déjà certifiée") || reused.contains("n'est plus valable"), reused);
    }

    private void openLoginPage(String clientId) {
        oauth.client(clientId, CibtpRealm.clientSecret(realm, clientId));
        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
    }

    @SuppressWarnings("unchecked")
    private List<String> precomptes(String userId) {
        return runOnServer.fetch(RegistryOnServer.precomptes(userId), List.class);
    }
}
