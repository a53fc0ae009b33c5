package fr.cibtp.espace.sms;

import java.util.Set;

import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.settings.Setting;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Sends an SMS through the gateway the realm's CIBTP settings name, to allowed countries only. */
public final class SmsGateway {

    private final KeycloakSession session;

    public SmsGateway(KeycloakSession session) {
        this.session = session;
    }

    public void send(RealmModel realm, String typedNumber, String text) throws SmsDeliveryException {
        CibtpSettings settings = CibtpSettings.of(realm);
        Set<Integer> countries = PhoneNumbers.countryCodes(settings.string(Setting.SMS_COUNTRIES));
        Parsed number = PhoneNumbers.parseMobile(typedNumber, countries);
        if (!number.isValid()) {
            throw new SmsDeliveryException(number.errorKey(), "number refused: " + number.errorKey());
        }
        String gateway = settings.string(Setting.SMS_GATEWAY);
        SmsSender sender = "none".equals(gateway) ? null : session.getProvider(SmsSender.class, gateway);
        if (sender == null) {
            throw new SmsDeliveryException("cibtpSmsUnavailable", "no SMS gateway configured (" + gateway + ")");
        }
        sender.send(realm, number.value(), text);
    }
}
