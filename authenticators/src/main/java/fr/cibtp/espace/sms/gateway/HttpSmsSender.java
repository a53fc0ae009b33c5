package fr.cibtp.espace.sms.gateway;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.sms.SmsSetting;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.util.JsonSerialization;

/** Sends through a generic HTTP API described by the realm's CIBTP settings. */
public class HttpSmsSender implements SmsSender {

    private final KeycloakSession session;

    public HttpSmsSender(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void send(RealmModel realm, String number, String text) throws SmsDeliveryException {
        CibtpSettings settings = CibtpSettings.of(realm);
        String url = settings.string(SmsSetting.HTTP_URL);
        if (url.isBlank()) {
            throw new SmsDeliveryException("cibtpSmsUnavailable", "http SMS gateway has no URL");
        }
        String contentType = settings.string(SmsSetting.HTTP_CONTENT_TYPE);
        boolean json = contentType.contains("json");
        String body = settings.string(SmsSetting.HTTP_BODY)
                .replace("${number}", json ? jsonEscaped(number) : URLEncoder.encode(number, StandardCharsets.UTF_8))
                .replace("${text}", json ? jsonEscaped(text) : URLEncoder.encode(text, StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : settings.string(SmsSetting.HTTP_HEADERS).split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        int status = OperatorCall.send(session, settings.string(SmsSetting.HTTP_METHOD), url, headers, contentType, body,
                settings.positive(SmsSetting.HTTP_TIMEOUT_MS));
        if (!SuccessStatuses.parse(settings.string(SmsSetting.HTTP_SUCCESS)).contains(status)) {
            throw new SmsDeliveryException("cibtpSmsFailed", "SMS gateway answered HTTP " + status);
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
