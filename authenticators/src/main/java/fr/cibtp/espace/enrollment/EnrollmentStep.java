package fr.cibtp.espace.enrollment;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A step of the enrollment flow: it runs before any account exists, so it needs no user and sets none up. */
abstract class EnrollmentStep implements Authenticator {

    static String field(AuthenticationFlowContext context, String name) {
        return form(context).getFirst(name);
    }

    static MultivaluedMap<String, String> form(AuthenticationFlowContext context) {
        return context.getHttpRequest().getDecodedFormParameters();
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
