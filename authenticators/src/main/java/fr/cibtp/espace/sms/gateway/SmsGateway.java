package fr.cibtp.espace.sms.gateway;

import java.util.Set;

import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.sms.SmsSetting;
import fr.cibtp.espace.sms.store.SmsSendLog;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Sends an SMS through the gateway the realm's CIBTP settings name: to allowed countries only, and at most so many
 * an hour to one number and for one account (SMS cost money; pumping them is a known abuse).
 */
public final class SmsGateway {

    private final KeycloakSession session;

    public SmsGateway(KeycloakSession session) {
        this.session = session;
    }

    /**
     * @param userId the account the SMS is for, or null before the account exists; counted by the hourly limit
     * @return the number the SMS went to, in E.164
     */
    public String send(RealmModel realm, String userId, String typedNumber, String text) throws SmsDeliveryException {
        CibtpSettings settings = CibtpSettings.of(realm);
        Set<Integer> countries = PhoneNumbers.countryCodes(settings.string(SmsSetting.COUNTRIES));
        Parsed number = PhoneNumbers.parseMobile(typedNumber, countries);
        if (!number.isValid()) {
            throw new SmsDeliveryException(number.errorKey(), "number refused: " + number.errorKey());
        }
        String gateway = settings.string(SmsSetting.GATEWAY);
        SmsSender sender = "none".equals(gateway) ? null : session.getProvider(SmsSender.class, gateway);
        if (sender == null) {
            throw new SmsDeliveryException("cibtpSmsUnavailable", "no SMS gateway configured (" + gateway + ")");
        }
        int maxPerHour = settings.positive(SmsSetting.MAX_PER_HOUR);
        if (!new SmsSendLog(session).reserve(realm, number.value(), userId, CaisseClock.millis(), maxPerHour)) {
            throw new SmsDeliveryException("cibtpSmsTooMany", "hourly SMS limit reached (" + maxPerHour + ")");
        }
        // The reservation counts even if the operator fails: a failing number must not become a free retry loop.
        sender.send(realm, number.value(), text);
        return number.value();
    }
}
