package fr.cibtp.espace.sms.gateway;

import fr.cibtp.espace.sms.SmsDeliveryException;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/** One way of sending an SMS (an operator's API, a log...): a provider of the {@code cibtp-sms-sender} SPI. */
public interface SmsSender extends Provider {

    /**
     * Hands one SMS to the operator, configured by the realm's CIBTP settings.
     *
     * @param number E.164, already checked against the allowed countries
     */
    void send(RealmModel realm, String number, String text) throws SmsDeliveryException;

    @Override
    default void close() {
    }
}
