package fr.cibtp.espace.accounts;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/** Ends an account's sessions the way Keycloak's own "Sign out" of a user does, each client told by back-channel. */
public final class AccountSessions {

    private AccountSessions() {
    }

    /** Every session of the account, offline ones included (a portal's offline token is power kept for months). */
    public static int endAll(KeycloakSession session, RealmModel realm, UserModel user) {
        return endAll(session, realm, user, null);
    }

    /**
     * As {@link #endAll(KeycloakSession, RealmModel, UserModel)}, from a page of the browser whose flow is
     * {@code thisBrowser}: that browser's session is removed without Keycloak's logout, which would also end the page's
     * flow (its next step, its answer).
     */
    public static int endAll(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel thisBrowser) {
        String kept = thisBrowser == null ? null : thisBrowser.getParentSession().getId();
        List<UserSessionModel> online = session.sessions().getUserSessionsStream(realm, user).toList();
        for (UserSessionModel userSession : online) {
            if (userSession.getId().equals(kept)) {
                session.sessions().removeUserSession(realm, userSession);
            } else {
                AuthenticationManager.backchannelLogout(session, userSession, true);
            }
        }
        List<UserSessionModel> offline = session.sessions().getOfflineUserSessionsStream(realm, user).toList();
        offline.forEach(s -> session.sessions().removeOfflineUserSession(realm, s));
        return online.size() + offline.size();
    }

    /** The account's browser sessions; its offline sessions stay, and their next refresh reads its rights again. */
    public static int endOnline(KeycloakSession session, RealmModel realm, UserModel user) {
        List<UserSessionModel> online = session.sessions().getUserSessionsStream(realm, user).toList();
        online.forEach(s -> AuthenticationManager.backchannelLogout(session, s, true));
        return online.size();
    }
}
