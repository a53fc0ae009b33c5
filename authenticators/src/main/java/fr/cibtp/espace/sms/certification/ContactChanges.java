package fr.cibtp.espace.sms.certification;

import java.util.Objects;

import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.SmsSetting;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * After a user changes their contact details (account console or "Mettre à jour le profil"): phones are stored in
 * E.164. The shipped user profile lets only "Certification du numéro de téléphone" change the mobile; should a realm
 * let users edit it, a mobile that changed here loses its certification.
 */
public class ContactChanges implements EventListenerProvider {

    public static final String LANDLINE = "landlineNumber";
    private final KeycloakSession session;

    public ContactChanges(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.UPDATE_PROFILE || event.getError() != null || event.getUserId() == null
                || event.getDetails() == null) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
        if (user == null) {
            return;
        }
        var countries = PhoneNumbers.countryCodes(CibtpSettings.of(realm).string(SmsSetting.COUNTRIES));
        normalise(user, LANDLINE, PhoneNumbers.parse(user.getFirstAttribute(LANDLINE), countries));
        if (event.getDetails().containsKey("updated_" + PhoneCertification.PHONE_NUMBER)
                || event.getDetails().containsKey("previous_" + PhoneCertification.PHONE_NUMBER)) {
            String previous = event.getDetails().get("previous_" + PhoneCertification.PHONE_NUMBER);
            normalise(user, PhoneCertification.PHONE_NUMBER, PhoneNumbers.parseMobile(user.getFirstAttribute(PhoneCertification.PHONE_NUMBER), countries));
            String current = user.getFirstAttribute(PhoneCertification.PHONE_NUMBER);
            Parsed before = PhoneNumbers.parseMobile(previous, countries);
            if (!Objects.equals(before.isValid() ? before.value() : previous, current)) {
                user.setSingleAttribute(PhoneCertification.PHONE_NUMBER_VERIFIED, "false");
                user.removeAttribute(PhoneCertification.CERTIFIED_AT);
            }
        }
    }

    private static void normalise(UserModel user, String attribute, Parsed parsed) {
        if (parsed.isValid() && !parsed.value().equals(user.getFirstAttribute(attribute))) {
            user.setSingleAttribute(attribute, parsed.value());
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
