package fr.cibtp.espace.email;

import fr.cibtp.espace.limits.Slots;
import fr.cibtp.espace.settings.CibtpSettings;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The mails one account may have sent on its own request in 24 hours (setting {@code user-mails-per-day}), every page
 * together: a button that mails is a way to flood a mailbox, or the caisse's sending reputation, from one account.
 */
public final class MailBudget {

    private MailBudget() {
    }

    /** Takes one mail of the account's day; false when the day's mails are used up (then send nothing). */
    public static boolean take(KeycloakSession session, RealmModel realm, UserModel user) {
        int perDay = CibtpSettings.of(realm).positive(EmailSetting.USER_MAILS_PER_DAY);
        return Slots.perDay(session, realm, "user-mail", user.getId(), perDay).take() != null;
    }
}
