package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.lastLinkSentTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastMailTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.pageText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.ContactUpdatePage;
import fr.cibtp.espace.it.pages.InfoPage;
import fr.cibtp.espace.it.pages.MobileConfirmationPage;
import fr.cibtp.espace.it.pages.PhoneCertificationPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.MobileOnServer;
import fr.cibtp.espace.it.support.Parallel;
import fr.cibtp.espace.it.support.TestEvents;
import fr.cibtp.espace.it.support.Words;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/**
 * The SMS factor cannot be re-pointed with the password alone: a certified mobile is replaced after a code sent to
 * it, or after a link sent to the certified email; the old number and the email are told. Code tries hold under
 * parallel requests of one session.
 */
@KeycloakIntegrationTest
class MobileReplacementTest {

    private static final String PASSWORD = "Chantier-Nancy-57";

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

    @InjectMailServer
    MailServer mail;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    @InjectEvents
    Events events;

    private String email;
    private String userId;
    private String current;

    @BeforeEach
    void anAccountWithACertifiedMobile() {
        CibtpRealm.useSmsStandIn(realm, operator);
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        email = CibtpRealm.uniqueEmail("mobile");
        userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        current = randomMobile();
        runOnServer.run(MobileOnServer.certify(userId, e164(current)));
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void aCertifiedMobileIsReplacedOnlyAfterACodeSentToIt() throws Exception {
        MobileConfirmationPage confirmation = openCertification();
        assertFalse(confirmation.hasField("mobile"), "no new number before the current mobile answers");
        assertTrue(confirmation.currentMobile().contains(current.substring(8)), confirmation.currentMobile());

        confirmation = confirmation.sendCode();
        assertEquals(1, operator.received().size());
        assertTrue(operator.received().get(0).body().contains(e164(current).substring(1)), "the code goes to the current mobile");
        String code = sentCode(0);
        PhoneCertificationPage certification = confirmation.validate(code, PhoneCertificationPage.class);

        String replacement = randomMobile();
        certification = certification.sendCodeTo(replacement);
        certification.validateBackToPortal(sentCode(1));
        assertNotNull(oauth.parseLoginResponse().getCode());

        assertEquals(e164(replacement), attribute("phoneNumber"));
        assertEquals("true", attribute("phoneNumberVerified"));
        SmsGatewayStandIn.Request notice = operator.received().get(2);
        assertTrue(notice.body().contains(e164(current).substring(1)), "the old number is told: " + notice.body());
        assertTrue(notice.body().contains("vient d'être changé"), notice.body());
        assertTrue(mailSubjects().contains(Words.fr("cibtpMobileChangedSubject")), mailSubjects().toString());
    }

    @Test
    void aUserWhoLostTheMobileGetsALinkAtTheCertifiedEmail() throws Exception {
        String elsewhere = offlineToken();
        MobileConfirmationPage sent = openCertification().lostMobile();
        assertTrue(sent.resetLinkSent().contains(email), sent.text());
        assertEquals("true", attribute("phoneNumberVerified"), "nothing changes before the link");
        assertTrue(lastMailTo(mail, email).text().contains("dans les 15 minutes"), lastMailTo(mail, email).text());

        driver.open(lastLinkSentTo(mail, email));
        // In the language of the browser that opened the link (this one asks for English).
        String done = CibtpPage.on(driver, InfoPage.class).info();
        assertTrue(done.contains("Votre ancien mobile n'est plus certifié") || done.contains("Your old mobile is no longer certified"), done);
        assertEquals("false", attribute("phoneNumberVerified"));
        assertTrue(realm.admin().users().get(userId).toRepresentation().getRequiredActions().contains("cibtp-phone-certification"));
        String notice = operator.received().get(operator.received().size() - 1).body();
        assertTrue(notice.contains(e164(current).substring(1)) && (notice.contains("vient d'être changé") || notice.contains("has just been changed")),
                "the old number is told: " + notice);
        assertTrue(mailSubjects().contains(Words.fr("cibtpMobileChangedSubject")) || mailSubjects().contains(Words.en("cibtpMobileChangedSubject")),
                mailSubjects().toString());
        assertEquals(400, oauth.refreshRequest(elsewhere).send().getStatusCode(), "whoever holds the lost phone is signed out too");
    }

    @Test
    void aMobileResetLinkIsVoidAfterFifteenMinutesOrOnceTheAddressChanged() {
        openCertification().lostMobile();
        String link = lastLinkSentTo(mail, email);
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        user.setEmail(CibtpRealm.uniqueEmail("nouvelle-adresse"));
        user.setEmailVerified(true);
        realm.admin().users().get(userId).update(user);
        driver.open(link);
        String refused = pageText(driver);
        assertTrue(refused.contains("Ce lien n'est plus valable") || refused.contains("This link is no longer valid"), refused);
        assertEquals("true", attribute("phoneNumberVerified"), "a link sent to the former address changes nothing");

        driver.driver().manage().deleteAllCookies();
        email = user.getEmail();
        openCertification().lostMobile();
        String late = lastLinkSentTo(mail, email);
        timeOffSet.set(16 * 60);
        driver.open(late);
        assertEquals("true", attribute("phoneNumberVerified"), "sixteen minutes later the link has expired");
    }

    @Test
    void theMobileIsNotEditableOnTheProfilePage() {
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).kcAction("UPDATE_PROFILE").uiLocales("fr").open();
        oauth.fillLoginForm(email, PASSWORD);
        assertFalse(CibtpPage.on(driver, ContactUpdatePage.class).editsMobile(), "the mobile is shown read-only, if at all");
    }

    @Test
    void twentyParallelCodeTriesInOneSessionEvaluateAtMostThree() throws Exception {
        String plainEmail = CibtpRealm.uniqueEmail("sans-mobile");
        String plainId = CibtpRealm.createSiteHolder(realm, runOnServer, plainEmail, PASSWORD, false, "cibtp-phone-certification");
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").open();
        oauth.fillLoginForm(plainEmail, PASSWORD);
        String number = randomMobile();
        PhoneCertificationPage certification = CibtpPage.on(driver, PhoneCertificationPage.class).sendCodeTo(number);
        String code = sentCode(0);
        String wrong = "000000".equals(code) ? "111111" : "000000";
        String action = certification.formAction();
        String cookies = driver.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> burst = Parallel.run(20, i -> post(http, action, cookies, "code=" + wrong + "&mobile=" + number + "&validate="));
        long answered = burst.stream().filter(b -> b.startsWith("200")).count();

        long evaluated = TestEvents.of(events, "CUSTOM_REQUIRED_ACTION_ERROR", plainId).stream()
                .filter(e -> "wrong".equals(e.getDetails().get("cibtp_sms"))).count();
        assertTrue(evaluated <= 2, evaluated + " wrong tries evaluated out of " + answered
                + " requests that reached the form: two, then the third ends the code");

        if (answered >= 3) {
            // Keycloak sends the requests that came with a used form back to the form: the right code, typed there.
            String redirect = burst.stream().filter(b -> b.startsWith("302")).findFirst().orElseThrow().split(" ")[1];
            String form = get(http, redirect, cookies);
            Matcher next = Pattern.compile("action=\"([^\"]+)\"").matcher(form);
            assertTrue(next.find(), form);
            String after = post(http, next.group(1).replace("&amp;", "&"), cookies, "code=" + code + "&mobile=" + number + "&validate=");
            assertTrue(after.contains("Trop d&#39;essais avec ce code") || after.contains("Trop d'essais avec ce code"),
                    "even the right code is refused now: " + after);
        }
        List<String> verified = realm.admin().users().get(plainId).toRepresentation().getAttributes().get("phoneNumberVerified");
        assertTrue(verified == null || !"true".equals(verified.get(0)), "the number was not certified by guessing");
    }

    private static String get(HttpClient http, String url, String cookies) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String post(HttpClient http, String action, String cookies, String body) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(action)).header("Cookie", cookies)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.headers().firstValue("Location").orElse("") + " " + r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal's offline token, as another device of the account holds one. */
    private String offlineToken() {
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        PkceGenerator pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).scope("offline_access").uiLocales("fr").open();
        oauth.fillLoginForm(email, PASSWORD);
        String token = oauth.accessTokenRequest(oauth.parseLoginResponse().getCode()).codeVerifier(pkce).send().getRefreshToken();
        driver.driver().manage().deleteAllCookies();
        return token;
    }

    /** "Modifier téléphone mobile" asked by a portal: the certified mobile is asked first. */
    private MobileConfirmationPage openCertification() {
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).kcAction("cibtp-phone-certification").uiLocales("fr").open();
        oauth.fillLoginForm(email, PASSWORD);
        MobileConfirmationPage confirmation = CibtpPage.on(driver, MobileConfirmationPage.class);
        assertEquals("Certification du numéro de téléphone", confirmation.title());
        return confirmation;
    }

    private String sentCode(int index) {
        String sms = operator.received().get(index).body();
        Matcher code = Pattern.compile("est (\\d{6})\\.").matcher(sms);
        assertTrue(code.find(), sms);
        return code.group(1);
    }

    private List<String> mailSubjects() {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (MessagingException e) {
                return false;
            }
        }).map(MobileReplacementTest::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String attribute(String name) {
        List<String> values = realm.admin().users().get(userId).toRepresentation().getAttributes().get(name);
        return values == null ? null : values.get(0);
    }

    private static String randomMobile() {
        return "061" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String e164(String national) {
        return "+33" + national.substring(1);
    }
}
