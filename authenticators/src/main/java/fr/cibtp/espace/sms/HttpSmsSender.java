package fr.cibtp.espace.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.settings.Setting;
import org.keycloak.models.RealmModel;
import org.keycloak.util.JsonSerialization;

/** Sends through a generic HTTP API described by the realm's CIBTP settings. */
public class HttpSmsSender implements SmsSender {

    @Override
    public void send(RealmModel realm, String number, String text) throws SmsDeliveryException {
        CibtpSettings settings = CibtpSettings.of(realm);
        String url = settings.string(Setting.SMS_HTTP_URL);
        if (url.isBlank()) {
            throw new SmsDeliveryException("cibtpSmsUnavailable", "http SMS gateway has no URL");
        }
        String contentType = settings.string(Setting.SMS_HTTP_CONTENT_TYPE);
        boolean json = contentType.contains("json");
        String body = settings.string(Setting.SMS_HTTP_BODY)
                .replace("${number}", json ? jsonEscaped(number) : URLEncoder.encode(number, StandardCharsets.UTF_8))
                .replace("${text}", json ? jsonEscaped(text) : URLEncoder.encode(text, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMillis(settings.positive(Setting.SMS_HTTP_TIMEOUT_MS)))
                .header("Content-Type", contentType + "; charset=utf-8")
                .method(settings.string(Setting.SMS_HTTP_METHOD), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (String line : settings.string(Setting.SMS_HTTP_HEADERS).split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                request.header(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        int status = exchange(request.build(), settings.positive(Setting.SMS_HTTP_TIMEOUT_MS));
        if (!SuccessStatuses.parse(settings.string(Setting.SMS_HTTP_SUCCESS)).contains(status)) {
            throw new SmsDeliveryException("cibtpSmsFailed", "SMS gateway answered HTTP " + status);
        }
    }

    /** Posts and returns the status; a timeout or a refused connection is a delivery failure. */
    static int exchange(HttpRequest request, int timeoutMillis) throws SmsDeliveryException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMillis))
                .version(HttpClient.Version.HTTP_1_1).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            throw new SmsDeliveryException("cibtpSmsFailed", "SMS gateway did not answer within " + timeoutMillis + " ms", e);
        } catch (IOException e) {
            throw new SmsDeliveryException("cibtpSmsFailed", "SMS gateway unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("cibtpSmsFailed", "interrupted while sending", e);
        }
    }

    static String jsonEscaped(String value) {
        try {
            String quoted = JsonSerialization.writeValueAsString(value);
            return quoted.substring(1, quoted.length() - 1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
