package fr.cibtp.espace.sms.gateway;

import org.keycloak.models.KeycloakSession;

/** Any operator with an HTTP API: URL, method, headers, body template, timeout and success statuses are settings. */
public class HttpSmsSenderFactory implements SmsSenderFactory {

    public static final String ID = "http";

    @Override
    public SmsSender create(KeycloakSession session) {
        return new HttpSmsSender(session);
    }

    @Override
    public String getId() {
        return ID;
    }
}
