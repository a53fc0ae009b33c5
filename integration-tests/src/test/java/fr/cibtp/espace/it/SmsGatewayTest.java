package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.MobileOnServer;
import fr.cibtp.espace.it.support.MobileOnServer.Sent;
import fr.cibtp.espace.it.support.ParallelOnServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;

/** The SMS gateways inside Keycloak, configured in the realm's CIBTP settings, against a real HTTP stand-in. */
@KeycloakIntegrationTest
class SmsGatewayTest {

    private static final String TEXT = "CIBTP : votre code de certification est 482913. Il expire dans 10 minutes.";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.updateSettings(realm, Map.of("sms-gateway", "none", "sms-http-headers", "",
                "sms-brevo-api-key", ""));
    }

    @Test
    void theHttpGatewaySendsExactlyOneWellFormedRequest() {
        useHttpGateway(5000);
        Sent sent = send("06 12 34 56 78");
        assertTrue(sent.sent(), sent.toString());

        assertEquals(1, operator.received().size());
        SmsGatewayStandIn.Request request = operator.received().get(0);
        assertEquals("POST", request.method());
        assertEquals(SmsGatewayStandIn.SEND_PATH, request.path());
        assertEquals("application/json; charset=UTF-8", request.headers().get("content-type"));
        assertEquals("cle-de-test", request.headers().get("x-api-key"));
        assertEquals("{\"to\":\"+33612345678\",\"text\":\"" + TEXT + "\"}", request.body());
    }

    @Test
    void anOperatorFailureOrSilenceIsAFailureTheUserIsToldAbout() {
        useHttpGateway(1000);
        operator.respondWith(500, "{\"error\":\"internal\"}");
        Sent refused = send("0612345679");
        assertFalse(refused.sent());
        assertEquals("cibtpSmsFailed", refused.messageKey());
        assertEquals("SMS gateway answered HTTP 500", refused.reason());

        operator.respondWith(200, "{}");
        operator.delayAnswers(Duration.ofSeconds(3));
        Sent silent = send("0612345679");
        assertFalse(silent.sent());
        assertEquals("cibtpSmsFailed", silent.messageKey());
        assertTrue(silent.reason().contains("did not answer within 1000 ms"), silent.toString());
    }

    @Test
    void numbersOutsideTheAllowedCountriesNeverReachTheOperator() {
        useHttpGateway(5000);
        Sent refused = send("+1 202 555 0143");
        assertEquals("cibtpPhoneCountry", refused.messageKey());
        assertEquals("cibtpPhoneNotMobile", send("03 87 65 43 21").messageKey());
        assertEquals(0, operator.received().size());
        assertTrue(send("0692 12 34 56").sent(), "La Réunion is France");
    }

    @Test
    void theSixthSmsInAnHourToOneNumberIsRefused() {
        useHttpGateway(5000);
        String number = randomMobile();
        for (int i = 0; i < 5; i++) {
            assertTrue(send(number).sent());
        }
        Sent sixth = send(number);
        assertEquals("cibtpSmsTooMany", sixth.messageKey(), sixth.toString());
        assertEquals(5, operator.received().size());
    }

    @Test
    void theSixthSmsInAnHourForOneAccountIsRefusedWhateverTheNumber() {
        useHttpGateway(5000);
        String account = java.util.UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            assertTrue(send(randomMobile(), account).sent());
        }
        assertEquals("cibtpSmsTooMany", send(randomMobile(), account).messageKey());
        assertTrue(send(randomMobile(), java.util.UUID.randomUUID().toString()).sent(), "another account may");
    }

    @Test
    void tenTabsSendingToOneNumberAtOnceSendAtMostTheHourlyLimit() {
        useHttpGateway(5000);
        String number = randomMobile();
        String account = java.util.UUID.randomUUID().toString();
        List<Sent> answers = List.of(runOnServer.fetch(ParallelOnServer.run(10,
                (session, i) -> MobileOnServer.send(session, account, number, TEXT)), Sent[].class));
        assertEquals(5, answers.stream().filter(Sent::sent).count(), answers.toString());
        assertEquals(5, operator.received().size());
    }

    @Test
    void changingTheGatewaysAddressClearsItsSecret() {
        useHttpGateway(5000);
        CibtpRealm.updateSettings(realm, Map.of("sms-http-url", operator.sendUrl() + "?autre-serveur"));
        assertTrue(send(randomMobile()).sent());
        assertFalse(operator.received().get(0).headers().containsKey("x-api-key"), operator.received().get(0).headers().toString());

        useHttpGateway(5000);
        assertTrue(send(randomMobile()).sent());
        assertEquals("cle-de-test", operator.received().get(1).headers().get("x-api-key"), "a secret typed with the new address stays");
    }

    @Test
    void withoutAGatewayTheUserIsToldSmsIsUnavailable() {
        assertEquals("cibtpSmsUnavailable", send("0612345678").messageKey());
    }

    @Test
    void brevoGetsItsDocumentedRequest() {
        CibtpRealm.updateSettings(realm, Map.of("sms-gateway", "brevo", "sms-brevo-api-key", "xkeysib-test",
                "sms-brevo-url", operator.sendUrl(), "sms-brevo-sender", "CIBTP"));
        operator.respondWith(201, "{\"reference\":\"ab1\",\"messageId\":1511882900176220}");
        assertTrue(send("06 12 34 56 77").sent());
        SmsGatewayStandIn.Request request = operator.received().get(0);
        assertEquals("xkeysib-test", request.headers().get("api-key"));
        assertEquals("{\"sender\":\"CIBTP\",\"recipient\":\"33612345677\",\"content\":\"" + TEXT
                + "\",\"type\":\"transactional\"}", request.body());

        operator.respondWith(400, "{\"code\":\"invalid_parameter\"}");
        assertEquals("cibtpSmsFailed", send("06 12 34 56 77").messageKey());
    }

    @Test
    void secretsAreNotShownBackInTheAdminConsole() {
        useHttpGateway(5000);
        CibtpRealm.updateSettings(realm, Map.of("sms-brevo-api-key", "xkeysib-secret"));
        Map<String, List<String>> config = CibtpRealm.settings(realm).getConfig();
        assertFalse(config.get("sms-http-headers").get(0).contains("cle-de-test"), config.toString());
        assertFalse(config.get("sms-brevo-api-key").get(0).contains("xkeysib-secret"), config.toString());
        assertEquals("http", config.get("sms-gateway").get(0));
    }

    private void useHttpGateway(int timeoutMillis) {
        CibtpRealm.updateSettings(realm, Map.of("sms-gateway", "http", "sms-http-url", operator.sendUrl(),
                "sms-http-headers", "X-Api-Key: cle-de-test", "sms-http-timeout-ms", Integer.toString(timeoutMillis)));
    }

    private Sent send(String number) {
        return send(number, null);
    }

    private Sent send(String number, String account) {
        return runOnServer.fetch(MobileOnServer.send(account, number, TEXT), Sent.class);
    }

    private static String randomMobile() {
        return "061" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
