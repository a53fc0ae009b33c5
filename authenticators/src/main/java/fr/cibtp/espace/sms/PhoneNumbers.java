package fr.cibtp.espace.sms;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import fr.cibtp.espace.identifiers.Parsed;

/**
 * Phone numbers as people type them ("06 12 34 56 78", "+33 6...", "0033 6...", "0692 ..." in La Réunion), read with
 * libphonenumber in the French region by default and stored in E.164 ({@code +33612345678}).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Mainland first, then overseas: "0692 12 34 56" typed in La Réunion is +262 692 12 34 56. */
    private static final List<String> FRENCH_REGIONS = List.of("FR", "RE", "YT", "GP", "MQ", "GF", "BL", "MF", "PM", "WF", "NC", "PF");

    private PhoneNumbers() {
    }

    /** Any valid number of an allowed country (fixed or mobile). */
    public static Parsed parse(String typed, Set<Integer> allowedCountryCodes) {
        return parse(typed, allowedCountryCodes, false);
    }

    /** A valid mobile number of an allowed country: one that can receive an SMS. */
    public static Parsed parseMobile(String typed, Set<Integer> allowedCountryCodes) {
        return parse(typed, allowedCountryCodes, true);
    }

    /** "+33 6 12 34 56 78": a stored number as people read it; null for none, as stored when it cannot be read. */
    public static String shown(String e164) {
        if (e164 == null || e164.isBlank()) {
            return null;
        }
        try {
            return UTIL.format(UTIL.parse(e164, "FR"), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** "33,262, 590" as set in the admin console. */
    public static Set<Integer> countryCodes(String setting) {
        return Arrays.stream(setting.split(",")).map(String::strip).filter(s -> s.matches("\\+?\\d{1,3}"))
                .map(s -> Integer.parseInt(s.replace("+", ""))).collect(Collectors.toUnmodifiableSet());
    }

    private static Parsed parse(String typed, Set<Integer> allowedCountryCodes, boolean mobile) {
        if (typed == null || typed.isBlank()) {
            return Parsed.invalid("cibtpPhoneRequired");
        }
        PhoneNumber number = null;
        for (String region : FRENCH_REGIONS) {
            try {
                PhoneNumber candidate = UTIL.parse(typed.strip(), region);
                if (UTIL.isValidNumber(candidate)) {
                    number = candidate;
                    break;
                }
            } catch (NumberParseException e) {
                break;
            }
        }
        if (number == null) {
            return Parsed.invalid("cibtpPhoneFormat");
        }
        if (!allowedCountryCodes.contains(number.getCountryCode())) {
            return Parsed.invalid("cibtpPhoneCountry");
        }
        if (mobile) {
            PhoneNumberType type = UTIL.getNumberType(number);
            if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
                return Parsed.invalid("cibtpPhoneNotMobile");
            }
        }
        return Parsed.valid(UTIL.format(number, PhoneNumberFormat.E164));
    }

    /** "+33 6 ** ** ** 78": enough for the user to recognise the number, not enough to read it off a screen. */
    public static String masked(String e164) {
        if (e164 == null || e164.length() < 6) {
            return "";
        }
        return e164.substring(0, e164.length() - 8).replaceAll("(\\d)$", " $1") + " ** ** ** " + e164.substring(e164.length() - 2);
    }

    /**
     * {@link #masked}, for a person to read on a page or in an email: no-break spaces keep the number on one line, where
     * "+33 6" at the end of one and "** ** ** 78" at the start of the next reads as two things. Events and logs keep
     * plain spaces.
     */
    public static String maskedOnOneLine(String e164) {
        return masked(e164).replace(' ', '\u00a0');
    }
}
