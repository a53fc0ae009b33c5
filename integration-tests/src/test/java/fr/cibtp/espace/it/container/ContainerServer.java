package fr.cibtp.espace.it.container;

import java.io.IOException;
import java.nio.file.Path;

import fr.cibtp.espace.dev.MailCatcher;
import fr.cibtp.espace.dev.SmsGatewayStandIn;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.testcontainers.Testcontainers;

/**
 * The Keycloak container of the container tests and the dev server's stand-ins beside it, on free ports of this
 * machine: the mail catcher (the realm's SMTP server) and the SMS operator (the realm's http gateway).
 */
final class ContainerServer implements ExtensionContext.Store.CloseableResource {

    private final CibtpKeycloakContainer keycloak;
    private final MailCatcher mail;
    private final SmsGatewayStandIn sms;
    private Keycloak admin;
    private String backOfficeSecret;

    private ContainerServer(CibtpKeycloakContainer keycloak, MailCatcher mail, SmsGatewayStandIn sms) {
        this.keycloak = keycloak;
        this.mail = mail;
        this.sms = sms;
    }

    static ContainerServer start(String image, boolean hostNetwork, Path project) throws IOException {
        int smtpPort = CibtpKeycloakContainer.freePort();
        MailCatcher mail = MailCatcher.start(smtpPort, CibtpKeycloakContainer.freePort());
        SmsGatewayStandIn sms = SmsGatewayStandIn.start(CibtpKeycloakContainer.freePort());
        Path log = project.resolve("integration-tests/target/keycloak-container.log");
        ContainerServer server = new ContainerServer(
                new CibtpKeycloakContainer(image, hostNetwork, project.resolve("dev-server/target/providers"), log), mail, sms);
        try {
            if (!hostNetwork) {
                // Through Testcontainers' tunnel, the container reaches these ports as host.testcontainers.internal.
                Testcontainers.exposeHostPorts(smtpPort, sms.port());
            }
            try {
                server.keycloak.start();
            } catch (RuntimeException e) {
                throw new IllegalStateException("Keycloak did not start in a container of " + image + "; its output: " + log, e);
            }
            server.admin = server.keycloak.getKeycloakAdminClient();
            String host = server.keycloak.hostSeenFromContainer();
            RealmSetup.mailTo(server.realm(), host, smtpPort);
            RealmSetup.smsTo(server.realm(), "http://" + host + ":" + sms.port() + SmsGatewayStandIn.SEND_PATH);
            server.backOfficeSecret = RealmSetup.backOffice(server.realm());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Keycloak's address as the tests reach it, without a trailing slash. */
    String url() {
        return keycloak.getAuthServerUrl();
    }

    CibtpKeycloakContainer container() {
        return keycloak;
    }

    /** Realm cibtp, through Keycloak's admin client as the master realm's admin. */
    RealmResource realm() {
        return admin.realm("cibtp");
    }

    Keycloak admin() {
        return admin;
    }

    MailCatcher mail() {
        return mail;
    }

    SmsGatewayStandIn sms() {
        return sms;
    }

    String backOfficeSecret() {
        return backOfficeSecret;
    }

    /** The secret Keycloak gave a confidential client of the realm file when it imported it. */
    String clientSecret(String clientId) {
        String id = realm().clients().findByClientId(clientId).get(0).getId();
        return realm().clients().get(id).getSecret().getValue();
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close();
        }
        keycloak.stop();
        sms.close();
        mail.close();
    }
}
