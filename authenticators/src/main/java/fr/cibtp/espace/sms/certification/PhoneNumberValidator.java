package fr.cibtp.espace.sms.certification;

import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.SmsSetting;
import org.keycloak.models.RealmModel;
import org.keycloak.validate.AbstractStringValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * User profile validator "cibtp-phone-number": a phone number as people type it (06 12 34 56 78, +33 6…, 0692… in La
 * Réunion) of an allowed country; with {@code mobile: true}, one that can receive an SMS. {@link ContactChanges} stores
 * it in E.164 afterwards.
 */
public class PhoneNumberValidator extends AbstractStringValidator {

    public static final String ID = "cibtp-phone-number";

    @Override
    protected void doValidate(String value, String inputHint, ValidationContext context, ValidatorConfig config) {
        RealmModel realm = context.getSession().getContext().getRealm();
        var countries = PhoneNumbers.countryCodes(CibtpSettings.of(realm).string(SmsSetting.COUNTRIES));
        Parsed parsed = config.getBooleanOrDefault("mobile", false) ? PhoneNumbers.parseMobile(value, countries)
                : PhoneNumbers.parse(value, countries);
        if (!parsed.isValid()) {
            context.addError(new ValidationError(ID, inputHint, parsed.errorKey()));
        }
    }

    @Override
    public String getId() {
        return ID;
    }
}
