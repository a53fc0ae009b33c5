package fr.cibtp.espace.sms.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.time.CaisseClock;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;

/**
 * Development only: "sends" an SMS by writing it, code included, to {@code data/sms-outbox.log} under the Keycloak
 * home, which stands for the phone. The server log only says an SMS went there, to a masked number: codes never go
 * to the log. Never choose it on a server real people use.
 */
public class LogSmsSenderFactory implements SmsSenderFactory {

    public static final String ID = "log";
    private static final Logger LOG = Logger.getLogger(LogSmsSenderFactory.class);

    @Override
    public SmsSender create(KeycloakSession session) {
        return (realm, number, text) -> {
            String line = CaisseClock.now() + " " + realm.getName() + " " + number + " " + text.replace('\n', ' ');
            LOG.warnf("Development SMS gateway, not for production: an SMS to %s is in %s", PhoneNumbers.masked(number), outbox());
            try {
                Files.writeString(outbox(), line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new SmsDeliveryException("cibtpSmsFailed", "cannot write the SMS outbox: " + e.getMessage(), e);
            }
        };
    }

    static Path outbox() {
        String home = System.getProperty("kc.home.dir", ".");
        return Path.of(home, "data", "sms-outbox.log");
    }

    @Override
    public String getId() {
        return ID;
    }
}
