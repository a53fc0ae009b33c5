package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.ContactUpdatePage;
import fr.cibtp.espace.it.pages.DocumentNoticesPage;
import fr.cibtp.espace.it.pages.MobileConfirmationPage;
import fr.cibtp.espace.it.pages.MyAccountPage;
import fr.cibtp.espace.it.pages.PhoneCertificationPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.Words;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.MobileOnServer;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.SmsCodes;
import fr.cibtp.espace.it.support.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
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
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.UserInfoResponse;

/**
 * "Mon compte utilisateur" ({@code /realms/cibtp/cibtp-compte/mon-compte}): the guide's "Connexion et contact" tab,
 * each "Modifier" leading to its action and back, in both spaces and both languages.
 */
@KeycloakIntegrationTest
class AccountPageTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @InjectEvents
    Events events;

    @BeforeEach
    void aFreshBrowser() {
        CibtpRealm.useSmsStandIn(realm, operator);
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void showsConnexionEtContactAndEachModifierComesBack() {
        String email = CibtpRealm.uniqueEmail("mon-compte");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        runOnServer.run(MobileOnServer.certify(userId, "+33612345678"));
        setAttribute(userId, "landlineNumber", "+33387123456");
        setAttribute(userId, "locale", "fr");

        driver.open(page(""));
        assertTrue(driver.driver().getCurrentUrl().contains("/protocol/openid-connect/auth"), "a stranger signs in first");
        MyAccountPage account = signIn(email);

        assertEquals("Mon compte utilisateur", account.title());
        assertEquals("Connexion et contact", account.contactTabLabel());
        assertEquals("Gérer les droits d'accès", account.rightsTabLabel());
        assertEquals(List.of("Informations de connexion", "Clés d'accès", "Informations de contact"), account.sections());
        assertEquals(email, account.email());
        assertEquals("Lemoine", account.lastName());
        assertEquals("Sandrine", account.firstName());
        assertEquals("+33 3 87 12 34 56", account.landline());
        assertTrue(account.mobile().startsWith("+33 6 12 34 56 78"), account.mobile());
        assertEquals("Certifié", account.mobileMark());
        assertEquals(List.of("Modifier adresse électronique", "Modifier mot de passe", "Modifier contact", "Modifier téléphone mobile"),
                account.changeLinks());
        assertTrue(driver.driver().getCurrentUrl().endsWith("/realms/cibtp/cibtp-compte/mon-compte"),
                "no authorization response left in the address: " + driver.driver().getCurrentUrl());

        ContactUpdatePage contact = account.changeContact();
        assertEquals("Modification des informations de contact", contact.title());
        assertEquals(List.of("lastName", "firstName"), contact.nameFields(), "Nom, then Prénom, as the guide shows them");
        assertEquals("Attention ! Tous les champs marqués d'un * sont obligatoires.", contact.requiredNote(), "the guide's words");
        assertFalse(contact.asksMobileOrEmail(), "the mobile and the address are not fields here");
        assertEquals("+33 6 12 34 56 78", contact.mobile(), "the mobile as people read it");
        assertEquals("Modifier téléphone mobile", contact.changeMobileLabel());
        account = contact.lastName("LEMOINE-D'ARC").submit();
        assertEquals("Mon compte utilisateur", account.title());
        assertEquals(Words.fr("cibtpAccountDone_contact"), account.message());
        assertEquals("LEMOINE-D'ARC", account.lastName());

        MobileConfirmationPage mobile = account.changeContact().changeMobile();
        assertTrue(mobile.source().contains("confirmez cette modification avec votre téléphone mobile certifié"),
                "the mobile's own change, which first asks the certified mobile: " + mobile.source());
        driver.open(page(""));

        account = CibtpPage.on(driver, MyAccountPage.class).changePassword().update("Echafaudage-Lyon-69", MyAccountPage.class);
        assertEquals(Words.fr("cibtpAccountDone_password"), account.message());
        assertTrue(TestEvents.of(events, "UPDATE_PASSWORD", userId).size() >= 1);
    }

    @Test
    void leadsBackToTheSpaceAndSignsOutAndWarnsOfAnEmailChangeAsAnAlert() {
        String email = CibtpRealm.uniqueEmail("mon-compte-sortie");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        setAttribute(userId, "locale", "fr");

        driver.open(page(""));
        MyAccountPage account = signIn(email);
        assertEquals("← Retour à mon Espace sécurisé", account.backToSpaceLabel());
        assertEquals("http://localhost:3000/", account.backToSpaceAddress(), "the entreprise portal's home address (its client's Home URL)");
        assertTrue(account.emailChangeWarningClasses().contains("pf-m-warning"), "an alert, not small grey print");
        assertTrue(account.emailChangeWarning().startsWith("ATTENTION, la modification de votre identifiant"), account.emailChangeWarning());
        assertEquals(1, realm.admin().users().get(userId).getUserSessions().size());

        account.signOut().confirm();

        assertTrue(driver.driver().getCurrentUrl().contains("/protocol/openid-connect/auth"),
                "signed out, the page asks to sign in again: " + driver.driver().getCurrentUrl());
        assertTrue(realm.admin().users().get(userId).getUserSessions().isEmpty(), "the session has ended");
    }

    @Test
    void documentNotificationsAreChosenInTheirTabAndGivenToThePortalsInUserinfo() {
        String email = CibtpRealm.uniqueEmail("mon-compte-notifications");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        setAttribute(userId, "locale", "fr");

        driver.open(page(""));
        MyAccountPage notices = signIn(email).documentNotices();
        assertEquals("Non", notices.notices("email"));
        assertEquals("Non", notices.notices("sms"));
        DocumentNoticesPage choice = notices.changeDocumentNotices();
        assertEquals("Notification des documents", choice.title());
        assertFalse(choice.offersSms(), "no SMS without a certified mobile");
        notices = choice.toggle("email").validate();
        assertEquals(Words.fr("cibtpAccountDone_notifications"), notices.message());
        assertEquals("Oui", notices.notices("email"));
        assertEquals(List.of("email"), userInfoNotices(email));

        runOnServer.run(MobileOnServer.certify(userId, "+33611" + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000))));
        driver.open(page("?onglet=notifications"));
        notices = CibtpPage.on(driver, MyAccountPage.class).changeDocumentNotices().toggle("sms").validate();
        assertEquals("Oui", notices.notices("sms"));
        assertEquals(List.of("email", "sms"), userInfoNotices(email));

        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        user.getAttributes().put("phoneNumberVerified", List.of("false"));
        realm.admin().users().get(userId).update(user);
        assertEquals(List.of("email"), userInfoNotices(email), "SMS only while the mobile is certified");
    }

    /** What a portal reads in userinfo, signed in as {@code email}. */
    private List<?> userInfoNotices(String email) {
        AccessTokenResponse tokens = Portal.freshSignIn(realm, oauth, driver, email, PASSWORD);
        UserInfoResponse userInfo = oauth.doUserInfoRequest(tokens.getAccessToken());
        driver.open(page(""));
        return (List<?>) userInfo.getUserInfo().getOtherClaims().get("cibtp_notification_documents");
    }

    @Test
    void aMobileIsCertifiedFromThePageAndShowsItsMark() {
        String email = CibtpRealm.uniqueEmail("mon-compte-mobile");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        setAttribute(userId, "locale", "fr");
        String mobile = "062" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));

        driver.open(page(""));
        MyAccountPage account = signIn(email);
        assertEquals("Non renseigné", account.mobile());
        assertEquals("Certifier un téléphone mobile", account.certifyMobileLabel());

        PhoneCertificationPage certification = account.certifyMobile();
        assertEquals("Certification du numéro de téléphone", certification.title());
        account = certification.cancel(MyAccountPage.class);
        assertEquals("Mon compte utilisateur", account.title(), "Annuler leads back, nothing changed");
        certification = account.certifyMobile().sendCodeTo(mobile);
        assertEquals("Annuler", certification.cancelLabel(), "the code page too can be left");
        account = certification.validate(SmsCodes.last(operator), MyAccountPage.class);

        assertEquals("Mon compte utilisateur", account.title());
        assertEquals(Words.fr("cibtpAccountDone_mobile"), account.message());
        assertEquals("Certifié", account.mobileMark());
        assertEquals("+33" + mobile.substring(1), realm.admin().users().get(userId).toRepresentation().getAttributes().get("phoneNumber").get(0));
    }

    @Test
    void theSalarieSpaceHasItsLookAndAnEnglishAccountReadsEnglish() {
        String email = CibtpRealm.uniqueEmail("mon-compte-en");
        String userId = CibtpRealm.createUser(realm, email, PASSWORD, false);
        setAttribute(userId, "locale", "en");

        driver.open(page("?espace=salarie"));
        MyAccountPage account = signIn(email);
        assertEquals("My user account", account.title());
        assertEquals(List.of("Sign-in details", "Passkeys", "Contact details"), account.sections());
        assertFalse(account.offersRights(), "no delegation in the salarié space");
        assertEquals("http://localhost:3001/", account.backToSpaceAddress());
        assertEquals("Sign out", account.signOutLabel());
        assertTrue(account.source().contains("css/salarie.css"), "the salarié space's blue look");
        assertEquals("Not given", account.mobile());
    }

    private MyAccountPage signIn(String email) {
        return CibtpPage.on(driver, SignInPage.class).signInWithButton(email, PASSWORD, MyAccountPage.class);
    }

    private String page(String query) {
        return realm.getBaseUrl() + "/cibtp-compte/mon-compte" + query;
    }

    private void setAttribute(String userId, String name, String value) {
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        user.singleAttribute(name, value);
        realm.admin().users().get(userId).update(user);
    }
}
