package fr.cibtp.espace.sms.gateway;

import java.util.Map;

import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.sms.SmsSetting;
import org.keycloak.models.KeycloakSession;

/**
 * Brevo (ex Sendinblue), a French operator: {@code POST /v3/transactionalSMS/sms} with the {@code api-key} header and
 * {@code {"sender","recipient","content","type":"transactional"}}; 201 means accepted.
 */
public class BrevoSmsSenderFactory implements SmsSenderFactory {

    public static final String ID = "brevo";

    @Override
    public SmsSender create(KeycloakSession session) {
        return (realm, number, text) -> {
            CibtpSettings settings = CibtpSettings.of(realm);
            String apiKey = settings.string(SmsSetting.BREVO_API_KEY);
            if (apiKey.isBlank()) {
                throw new SmsDeliveryException("cibtpSmsUnavailable", "Brevo SMS gateway has no API key");
            }
            String body = "{\"sender\":\"" + HttpSmsSender.jsonEscaped(settings.string(SmsSetting.BREVO_SENDER))
                    + "\",\"recipient\":\"" + number.substring(1) + "\",\"content\":\"" + HttpSmsSender.jsonEscaped(text)
                    + "\",\"type\":\"transactional\"}";
            int status = OperatorCall.send(session, "POST", settings.string(SmsSetting.BREVO_URL),
                    Map.of("api-key", apiKey, "Accept", "application/json"), "application/json", body,
                    settings.positive(SmsSetting.HTTP_TIMEOUT_MS));
            if (status != 201) {
                throw new SmsDeliveryException("cibtpSmsFailed", "Brevo answered HTTP " + status);
            }
        };
    }

    @Override
    public String getId() {
        return ID;
    }
}
