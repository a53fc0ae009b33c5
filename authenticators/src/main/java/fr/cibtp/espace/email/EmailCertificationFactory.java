package fr.cibtp.espace.email;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Realm settings, Events, Event listeners: "cibtp-email-certification" (enabled in the shipped realm). */
public class EmailCertificationFactory implements EventListenerProviderFactory {

    public static final String ID = "cibtp-email-certification";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new EmailCertification(session);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
