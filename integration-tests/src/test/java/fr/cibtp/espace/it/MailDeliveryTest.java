package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import fr.cibtp.espace.it.support.CibtpRealm;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;

/** Keycloak sends the realm's mails through the SMTP server configured in realm-export.json. */
@KeycloakIntegrationTest
class MailDeliveryTest {

    @InjectMailServer
    MailServer mail;

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @Test
    void anActionEmailReachesTheUserInFrenchWithAnActionTokenLink() throws Exception {
        String email = CibtpRealm.uniqueEmail("courriel");
        String userId = CibtpRealm.createUser(realm, email, null, false);

        realm.admin().users().get(userId).executeActionsEmail(List.of("UPDATE_PASSWORD"));

        assertTrue(mail.waitForIncomingEmail(10_000, 1));
        MimeMessage message = mail.getLastReceivedMessage();
        assertEquals(email, message.getAllRecipients()[0].toString());
        String raw = new String(message.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(raw.contains("/realms/cibtp/login-actions/action-token?key="), raw);
        assertTrue(message.getSubject().contains("Mettre à jour") || message.getSubject().contains("action"),
                message.getSubject());
    }
}
