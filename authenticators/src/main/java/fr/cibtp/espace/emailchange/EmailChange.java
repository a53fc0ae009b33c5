package fr.cibtp.espace.emailchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.UriInfo;

import fr.cibtp.espace.email.EmailSetting;
import fr.cibtp.espace.flow.ActionTokenLink;
import fr.cibtp.espace.mail.LinkAttributes;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.time.CaisseClock;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Where a change of address stands (user attributes), and what it does. With a certified mobile the change was proved
 * by a code and takes effect when the new address's link is clicked. Without one, only the password proved it: the
 * new address takes effect once its link is clicked and either the old address confirmed, or the old address had
 * {@code email-change-delay-hours} to cancel. Either way the old address is told at once, and again when the change
 * takes effect, with a link that undoes it.
 */
final class EmailChange {

    /** User attribute: the new address waiting for its link to be clicked. */
    static final String PENDING = "emailChangePending";
    /** When the change was asked (epoch milliseconds), for an account that waits for its old address. */
    static final String WAITS_SINCE = "emailChangeWaitsSince";
    static final String NEW_CONFIRMED = "emailChangeNewConfirmed";
    static final String OLD_CONFIRMED = "emailChangeOldConfirmed";
    private static final List<String> STATE = List.of(PENDING, WAITS_SINCE, NEW_CONFIRMED, OLD_CONFIRMED);
    private static final Logger LOG = Logger.getLogger(EmailChange.class);

    private EmailChange() {
    }

    static String pending(UserModel user) {
        return user.getFirstAttribute(PENDING);
    }

    /** A new change: {@code proved} when a code to the certified mobile stood in for the password. */
    static void start(UserModel user, String newEmail, boolean proved) {
        clear(user);
        user.setSingleAttribute(PENDING, newEmail);
        if (!proved) {
            user.setSingleAttribute(WAITS_SINCE, Long.toString(CaisseClock.millis()));
        }
        user.addRequiredAction(EmailChangeAction.ID);
    }

    /** No change is under way any more. */
    static void clear(UserModel user) {
        STATE.forEach(user::removeAttribute);
        user.removeRequiredAction(EmailChangeAction.ID);
    }

    /** When a change that waits for the old address takes effect without it; null for a change that does not wait. */
    static Instant effectiveAt(RealmModel realm, UserModel user) {
        String since = user.getFirstAttribute(WAITS_SINCE);
        if (since == null) {
            return null;
        }
        long delay = CibtpSettings.of(realm).positive(EmailSetting.EMAIL_CHANGE_DELAY_HOURS) * 3_600_000L;
        return Instant.ofEpochMilli(Long.parseLong(since) + delay);
    }

    /** Whether the change may take effect once its new address is confirmed. */
    static boolean due(RealmModel realm, UserModel user) {
        Instant at = effectiveAt(realm, user);
        return at == null || "true".equals(user.getFirstAttribute(OLD_CONFIRMED)) || !CaisseClock.now().isBefore(at);
    }

    static boolean newConfirmed(UserModel user) {
        return "true".equals(user.getFirstAttribute(NEW_CONFIRMED));
    }

    /**
     * The change takes effect: email, username, certification; the old address is told, with a link that undoes it.
     * False when another account took the new address meanwhile (nothing changes).
     */
    static boolean apply(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession, UriInfo uri) {
        String newEmail = pending(user);
        if (newEmail == null || session.users().getUserByEmail(realm, newEmail) != null) {
            return false;
        }
        String oldEmail = user.getEmail();
        user.setEmail(newEmail);
        if (realm.isRegistrationEmailAsUsername()) {
            user.setUsername(newEmail);
        }
        user.setEmailVerified(true);
        clear(user);
        tellOldAddressOfChange(session, realm, user, authSession, uri, oldEmail, newEmail);
        return true;
    }

    /** The "changed" notice to the old address, with the link that undoes the change. */
    private static void tellOldAddressOfChange(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                                               UriInfo uri, String oldEmail, String newEmail) {
        int lifespan = realm.getActionTokenGeneratedByUserLifespan(EmailChangeUndoToken.TOKEN_TYPE);
        EmailChangeUndoToken token = new EmailChangeUndoToken(user.getId(), Time.currentTime() + lifespan, oldEmail, newEmail,
                authSession.getClient().getClientId());
        try {
            Map<String, Object> attributes = LinkAttributes.of(session, realm, user, ActionTokenLink.of(session, realm, authSession, uri, token),
                    TimeUnit.SECONDS.toMinutes(lifespan));
            attributes.put("oldEmail", oldEmail);
            attributes.put("newEmail", newEmail);
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send("cibtpEmailChangedSubject", "cibtp-email-changed.ftl", attributes, oldEmail);
        } catch (EmailException e) {
            // The change stands; the old address misses its notice, as the event log shows.
            LOG.warnf("Notice of an email change not sent to the old address of user %s: %s", user.getId(), e.getMessage());
        }
    }

    /**
     * Tells the old address at once that a change was asked, with a link that cancels it: whoever took over the
     * password is noticed before the link to the new address is even clicked. False when the mail server refused it.
     */
    static boolean tellOldAddress(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                                  UriInfo uri, String newEmail) {
        // The old address's links last as long as the change can still be undone by them.
        Instant effective = effectiveAt(realm, user);
        int lifespan = Math.max(realm.getActionTokenGeneratedByUserLifespan(EmailChangeCancelToken.TOKEN_TYPE),
                effective == null ? 0 : (int) (effective.getEpochSecond() - Time.currentTime()) + 86_400);
        String clientId = authSession.getClient().getClientId();
        EmailChangeCancelToken cancel = new EmailChangeCancelToken(user.getId(), Time.currentTime() + lifespan, user.getEmail(), newEmail,
                clientId);
        Map<String, Object> attributes;
        try {
            attributes = LinkAttributes.of(session, realm, user, ActionTokenLink.of(session, realm, authSession, uri, cancel),
                    TimeUnit.SECONDS.toMinutes(lifespan));
        } catch (EmailException e) {
            return false;
        }
        attributes.put("newEmail", newEmail);
        if (effective != null) {
            EmailChangeConfirmToken confirm = new EmailChangeConfirmToken(user.getId(), Time.currentTime() + lifespan, user.getEmail(),
                    newEmail, clientId);
            attributes.put("confirmLink", ActionTokenLink.of(session, realm, authSession, uri, confirm));
            attributes.put("effectiveAt", ChangeDates.format(session, user, effective));
        }
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user).setAuthenticationSession(authSession)
                    .send("cibtpEmailChangeRequestedSubject", "cibtp-email-change-requested.ftl", attributes, user.getEmail());
            return true;
        } catch (EmailException e) {
            return false;
        }
    }
}
