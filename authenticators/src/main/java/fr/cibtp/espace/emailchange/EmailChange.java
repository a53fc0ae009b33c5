package fr.cibtp.espace.emailchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.UriInfo;

import fr.cibtp.espace.flow.ActionTokenLink;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/** Where a change of address stands (the new address waiting for its link is a user attribute), and what it does. */
final class EmailChange {

    /** User attribute: the new address waiting for its link to be clicked. */
    static final String PENDING = "emailChangePending";

    private EmailChange() {
    }

    static String pending(UserModel user) {
        return user.getFirstAttribute(PENDING);
    }

    /**
     * Tells the old address at once that a change was asked, with a link that cancels it: whoever took over the
     * password is noticed before the link to the new address is even clicked. False when the mail server refused it.
     */
    static boolean tellOldAddress(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                                  UriInfo uri, String newEmail) {
        int lifespan = realm.getActionTokenGeneratedByUserLifespan(EmailChangeToken.TOKEN_TYPE);
        EmailChangeCancelToken token = new EmailChangeCancelToken(user.getId(), Time.currentTime() + lifespan, user.getEmail(), newEmail,
                authSession.getClient().getClientId());
        Map<String, Object> attributes = new HashMap<>(Map.of("newEmail", newEmail,
                "link", ActionTokenLink.of(session, realm, authSession, uri, token), "linkExpiration", TimeUnit.SECONDS.toMinutes(lifespan)));
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user).setAuthenticationSession(authSession)
                    .send("cibtpEmailChangeRequestedSubject", "cibtp-email-change-requested.ftl", attributes, user.getEmail());
            return true;
        } catch (EmailException e) {
            return false;
        }
    }
}
