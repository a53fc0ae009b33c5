package fr.cibtp.espace.delegation.service;

import java.util.Set;

import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.SmsSetting;
import fr.cibtp.espace.sms.certification.ContactChanges;
import fr.cibtp.espace.sms.certification.PhoneCertification;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The beneficiary's "Téléphone fixe" and "Téléphone portable" of "Ajout de délégation", read as the sign-in pages read
 * phones and stored in E.164, as contact details of the account the delegation creates only: never a certified
 * mobile (only a code sent to it certifies one), never over the numbers of an account that exists.
 */
record GranteePhones(String landline, String mobile) {

    /** @throws Refusal when a number typed is not a phone of an allowed country (or the mobile no mobile) */
    static GranteePhones of(DelegationInput input, RealmModel realm) {
        Set<Integer> countries = PhoneNumbers.countryCodes(CibtpSettings.of(realm).string(SmsSetting.COUNTRIES));
        return new GranteePhones(checked(input.telephoneFixe(), PhoneNumbers.parse(input.telephoneFixe(), countries),
                RefusalCode.TELEPHONE_INVALIDE, "telephone_fixe"),
                checked(input.telephoneMobile(), PhoneNumbers.parseMobile(input.telephoneMobile(), countries),
                        RefusalCode.MOBILE_INVALIDE, "telephone_mobile"));
    }

    /** On a new account: its contact phones, the mobile not certified. */
    void setOn(UserModel invited) {
        if (landline != null) {
            invited.setSingleAttribute(ContactChanges.LANDLINE, landline);
        }
        if (mobile != null) {
            invited.setSingleAttribute(PhoneCertification.PHONE_NUMBER, mobile);
            invited.setSingleAttribute(PhoneCertification.PHONE_NUMBER_VERIFIED, "false");
        }
    }

    private static String checked(String typed, Parsed parsed, RefusalCode code, String field) {
        if (typed == null) {
            return null;
        }
        if (!parsed.isValid()) {
            throw Refusal.invalid(code, field);
        }
        return parsed.value();
    }
}
