package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.createAccount;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastLinkSentTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.pageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.it.pages.AccountCreationPage;
import fr.cibtp.espace.it.pages.AssociationPage;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.EnrollmentDonePage;
import fr.cibtp.espace.it.pages.IdentificationPage;
import fr.cibtp.espace.it.pages.InfoPage;
import fr.cibtp.espace.it.pages.QuestionnairePage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.VerifyEmailPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.DelegationApi;
import fr.cibtp.espace.it.support.EnrollmentPages;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.RegistryOnServer;
import fr.cibtp.espace.it.support.TestEvents;
import fr.cibtp.espace.it.support.Words;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectEvents;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.events.Events;
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

    @InjectEvents
    Events events;

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
        QuestionnairePage questionnaire = openLoginPage(CibtpRealm.ENTREPRISE).startEnrollment();
        assertEquals("Aide à la création de votre espace sécurisé", questionnaire.title());
        IdentificationPage identification = questionnaire.answerAdherent();
        assertEquals("Créer mon espace sécurisé", identification.title());
        // Typed as people do: spaces instead of dashes, the code in lower case with spaces.
        AccountCreationPage account = identification
                .fillLetter(letters.identifiant().replace("-", " "), letters.siret(), letters.code().toLowerCase().replace("-", " ")).submit();

        assertEquals("Étape 2/2 : Saisie des informations de contact et de connexion", account.subtitle());
        assertEquals("PERRIN", account.value("lastName"), "nom pre-filled from the registry");
        assertEquals("JULIEN", account.value("firstName"));
        createAccount(driver, email, Map.of("landline", "03 87 12 34 56"));

        VerifyEmailPage done = CibtpPage.on(driver, VerifyEmailPage.class);
        assertEquals("Finalisation de l'ouverture de compte", done.title());
        assertTrue(done.text().contains("Merci d'avoir finalisé l'ouverture du compte."));
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
        List<EventRepresentation> recorded = TestEvents.all(events);
        List<EventRepresentation> registered = TestEvents.of(recorded, "REGISTER", user.getId());
        assertEquals(letters.precompte(), registered.get(0).getDetails().get("cibtp_precompte"));
        assertEquals(1, TestEvents.of(recorded, "SEND_VERIFY_EMAIL", user.getId()).size());
    }

    @Test
    void aSalarieEnrollsOnTheSalarieSpaceAndCannotSignInBeforeActivation() {
        Letters letters = Letters.salarie(api, backOffice);
        String email = CibtpRealm.uniqueEmail("salarie");
        SignInPage login = openLoginPage(CibtpRealm.SALARIE);
        assertFalse(login.offersAssociation(), "a salarié has one space");

        IdentificationPage identification = login.startSalarieEnrollment();
        assertEquals("Créer mon espace sécurisé", identification.title(), "no questionnaire on the salarié space");
        assertFalse(identification.hasField("siret"));
        identification.fillLetter(letters.identifiant().toLowerCase(), null, letters.code()).submit();
        createAccount(driver, email, Map.of());
        assertEquals("Finalisation de l'ouverture de compte", CibtpPage.on(driver, VerifyEmailPage.class).title());
        String link = lastLinkSentTo(mail, email);

        driver.driver().manage().deleteAllCookies();
        openLoginPage(CibtpRealm.SALARIE);
        oauth.fillLoginForm(email, EnrollmentPages.PASSWORD);
        assertEquals("Finalisation de l'ouverture de compte", CibtpPage.on(driver, VerifyEmailPage.class).title(),
                "signing in before activation gives no token");
        assertTrue(driver.getCurrentUrl().contains("required-action?execution=VERIFY_EMAIL"), driver.getCurrentUrl());

        driver.driver().manage().deleteAllCookies();
        driver.open(link);
        // Another browser confirms before certifying (in its own language: this one asks for English).
        assertTrue(driver.getCurrentUrl().contains("/login-actions/action-token"), driver.getCurrentUrl());
        InfoPage activatedPage = CibtpPage.on(driver, InfoPage.class).follow();
        String activated = activatedPage.text();
        assertTrue(activated.contains("votre compte est activé") || activated.contains("your account is activated"), activated);
        List<String> toSpace = activatedPage.messageLink();
        assertEquals("http://localhost:3001/", toSpace.get(1), "no dead end: the salarié portal, where one signs in");
        assertTrue(List.of("Accéder à mon Espace sécurisé", "Go to my secure space").contains(toSpace.get(0)), toSpace.get(0));

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
        IdentificationPage identification = openLoginPage(CibtpRealm.ENTREPRISE).startAssociation();
        assertEquals("Associer un site déclarant à un espace existant", identification.title(), "no questionnaire to associate");
        AssociationPage association = identification
                .fillLetter(letters.identifiant(), letters.siret().substring(0, 9) + " " + letters.siret().substring(9), letters.code())
                .submit(AssociationPage.class);

        association = association.signIn(email, "Pas-le-bon-1", AssociationPage.class);
        assertEquals(Words.fr("cibtpAssociationRefused"), association.message());
        association = association.signIn(CibtpRealm.uniqueEmail("inconnu"), EnrollmentPages.PASSWORD, AssociationPage.class);
        assertEquals(Words.fr("cibtpAssociationRefused"), association.message(), "same answer for an unknown address");
        assertEquals(1, realm.admin().attackDetection().bruteForceUserStatus(userId).get("numFailures"),
                "a wrong password counts toward brute-force detection");

        EnrollmentDonePage associated = association.signIn(email, EnrollmentPages.PASSWORD);
        assertTrue(associated.associated()
                .startsWith("L'association de l'adhérent/site choisi avec votre espace sécurisé a bien été effectuée."));
        assertEquals(List.of(letters.precompte()), precomptes(userId));

        assertEquals("Connexion à votre espace CIBTP", associated.toLogin().title());
        oauth.fillLoginForm(email, EnrollmentPages.PASSWORD);
        assertNotNull(oauth.parseLoginResponse().getCode());
    }

    @Test
    void aMailServerDownLeavesTheAccountAndTheNextSignInSendsTheLink() {
        Letters letters = Letters.site(api, backOffice);
        String email = CibtpRealm.uniqueEmail("smtp");
        CibtpRealm.withMailServerDown(realm, () -> {
            openLoginPage(CibtpRealm.ENTREPRISE).startEnrollment().answerAdherent()
                    .fillLetter(letters.identifiant(), letters.siret(), letters.code()).submit();
            createAccount(driver, email, Map.of());
            String notSent = CibtpPage.on(driver, EnrollmentDonePage.class).message();
            assertTrue(notSent.startsWith("Votre compte est créé, mais le courriel d'activation n'a pas pu être envoyé à " + email), notSent);
            driver.navigate().refresh();
            assertTrue(CibtpPage.on(driver, EnrollmentDonePage.class).message().startsWith("Votre compte est créé"),
                    "reloading shows the same page, nothing created twice");
        });
        String userId = realm.admin().users().searchByEmail(email, true).get(0).getId();
        assertEquals(1, TestEvents.of(events, "SEND_VERIFY_EMAIL_ERROR", userId).size());

        driver.driver().manage().deleteAllCookies();
        openLoginPage(CibtpRealm.ENTREPRISE);
        oauth.fillLoginForm(email, EnrollmentPages.PASSWORD);
        assertEquals("Finalisation de l'ouverture de compte", CibtpPage.on(driver, VerifyEmailPage.class).title());
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
            openLoginPage(CibtpRealm.ENTREPRISE).startEnrollment().answerAdherent()
                    .fillLetter(letters.identifiant(), letters.siret(), letters.code()).submit();
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

    private SignInPage openLoginPage(String clientId) {
        oauth.client(clientId, CibtpRealm.clientSecret(realm, clientId));
        pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        return CibtpPage.on(driver, SignInPage.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> precomptes(String userId) {
        return runOnServer.fetch(RegistryOnServer.precomptes(userId), List.class);
    }
}
