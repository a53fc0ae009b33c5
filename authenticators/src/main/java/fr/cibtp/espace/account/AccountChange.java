package fr.cibtp.espace.account;

import java.util.Arrays;
import java.util.Optional;

import fr.cibtp.espace.emailchange.EmailChangeAction;
import fr.cibtp.espace.notifications.DocumentNoticesAction;
import fr.cibtp.espace.passkey.PasskeyRegistrationFactory;
import fr.cibtp.espace.sms.certification.PhoneCertification;
import org.keycloak.models.UserModel;

/**
 * The "Modifier" buttons of "Mon compte utilisateur", each an application-initiated action that already exists; the
 * page only links to them. {@code name} is the word the page's address carries on the way back ({@code fait=…}).
 */
public enum AccountChange {

    EMAIL("adresse", EmailChangeAction.ID),
    PASSWORD("mot-de-passe", UserModel.RequiredAction.UPDATE_PASSWORD.name()),
    CONTACT("contact", UserModel.RequiredAction.UPDATE_PROFILE.name()),
    MOBILE("mobile", PhoneCertification.ID),
    NOTIFICATIONS("notifications", DocumentNoticesAction.ID),
    PASSKEY("cle-acces", PasskeyRegistrationFactory.ID),
    /** Keycloak's removal of a credential, whose link names the passkey: {@code delete_credential:<id>}. */
    PASSKEY_REMOVAL("cle-acces-supprimee", "delete_credential");

    public final String word;
    public final String action;

    AccountChange(String word, String action) {
        this.word = word;
        this.action = action;
    }

    public static Optional<AccountChange> of(String word) {
        return Arrays.stream(values()).filter(change -> change.word.equals(word)).findFirst();
    }

    /** The sentence the page shows once the change is done. */
    public String doneMessageKey() {
        return "cibtpAccountDone_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
