package fr.cibtp.espace.sms.certification;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Realm settings, Events, Event listeners: "cibtp-contact-changes" (enabled in the shipped realm). */
public class ContactChangesFactory implements EventListenerProviderFactory {

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new ContactChanges(session);
    }

    @Override
    public String getId() {
        return "cibtp-contact-changes";
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
