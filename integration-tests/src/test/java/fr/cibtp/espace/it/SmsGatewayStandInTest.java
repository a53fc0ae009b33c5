package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** The SMS operator stand-in the SMS tests point Keycloak at: it records requests and plays outages. */
@KeycloakIntegrationTest
class SmsGatewayStandInTest {

    @InjectSmsGateway
    SmsGatewayStandIn gateway;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void recordsEachRequestAsItArrived() throws Exception {
        HttpResponse<String> response = send("{\"to\":\"+33612345678\",\"text\":\"Votre code : 123456\"}", Duration.ofSeconds(5));

        assertEquals(200, response.statusCode());
        assertEquals(1, gateway.received().size());
        SmsGatewayStandIn.Request request = gateway.received().get(0);
        assertEquals("POST", request.method());
        assertEquals("application/json", request.headers().get("content-type"));
        assertEquals("{\"to\":\"+33612345678\",\"text\":\"Votre code : 123456\"}", request.body());
    }

    @Test
    void playsAnOperatorFailureAndAHungOperator() throws Exception {
        gateway.respondWith(500, "{\"error\":\"internal\"}");
        assertEquals(500, send("{}", Duration.ofSeconds(5)).statusCode());

        gateway.delayAnswers(Duration.ofSeconds(3));
        assertThrows(HttpTimeoutException.class, () -> send("{}", Duration.ofMillis(500)));
        assertEquals(2, gateway.received().size());
    }

    private HttpResponse<String> send(String json, Duration timeout) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.sendUrl())).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
