package fr.cibtp.espace.enrollment;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.sms.PhoneNumbers;
import org.keycloak.utils.EmailValidationUtil;

/**
 * Step 2/2 as typed: adresse électronique and its confirmation, mot de passe and its confirmation, nom, prénom,
 * téléphone fixe and mobile (optional, French by default, stored in E.164). The realm's password policy is checked
 * by the caller, which knows the realm.
 */
public final class AccountForm {

    public static final String EMAIL = "email";
    public static final String EMAIL_CONFIRM = "emailConfirm";
    public static final String PASSWORD = "password";
    public static final String PASSWORD_CONFIRM = "passwordConfirm";
    public static final String LAST_NAME = "lastName";
    public static final String FIRST_NAME = "firstName";
    public static final String LANDLINE = "landline";
    public static final String MOBILE = "mobile";

    static final int MAX_EMAIL = 254;
    static final int MAX_PASSWORD = 128;
    static final int MAX_NAME = 100;
    /** Letters of any language, spaces, hyphens, apostrophes and dots: what names on the letters are made of. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]*");

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final String email;
    private final String lastName;
    private final String firstName;
    private final String landline;
    private final String mobile;

    public AccountForm(Map<String, String> typed, Set<Integer> phoneCountryCodes) {
        email = email(typed.get(EMAIL), typed.get(EMAIL_CONFIRM));
        password(typed.get(PASSWORD), typed.get(PASSWORD_CONFIRM));
        lastName = name(LAST_NAME, typed.get(LAST_NAME));
        firstName = name(FIRST_NAME, typed.get(FIRST_NAME));
        landline = phone(LANDLINE, typed.get(LANDLINE), PhoneNumbers.parse(typed.get(LANDLINE), phoneCountryCodes));
        mobile = phone(MOBILE, typed.get(MOBILE), PhoneNumbers.parseMobile(typed.get(MOBILE), phoneCountryCodes));
    }

    private String email(String typed, String confirmation) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            errors.put(EMAIL, "cibtpEmailRequired");
        } else if (value.length() > MAX_EMAIL || !EmailValidationUtil.isValidEmail(value)) {
            errors.put(EMAIL, "cibtpEmailFormat");
        } else if (confirmation == null || !value.equalsIgnoreCase(confirmation.strip())) {
            errors.put(EMAIL_CONFIRM, "cibtpEmailConfirmMismatch");
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    private void password(String typed, String confirmation) {
        if (typed == null || typed.isEmpty()) {
            errors.put(PASSWORD, "cibtpPasswordRequired");
        } else if (typed.length() > MAX_PASSWORD) {
            errors.put(PASSWORD, "cibtpPasswordTooLong");
        } else if (!typed.equals(confirmation)) {
            errors.put(PASSWORD_CONFIRM, "cibtpPasswordConfirmMismatch");
        }
    }

    private String name(String field, String typed) {
        String value = typed == null ? "" : Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        if (value.isEmpty()) {
            errors.put(field, field.equals(LAST_NAME) ? "cibtpLastNameRequired" : "cibtpFirstNameRequired");
        } else if (value.length() > MAX_NAME || !NAME.matcher(value).matches()) {
            errors.put(field, "cibtpNameFormat");
        }
        return value;
    }

    /** Phones are optional: only a typed one is checked. */
    private String phone(String field, String typed, Parsed parsed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!parsed.isValid()) {
            errors.put(field, parsed.errorKey());
        }
        return parsed.value();
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Field name to message key, in the order of the page. */
    public Map<String, String> errors() {
        return errors;
    }

    /** Lower case: the username of the account. */
    public String email() {
        return email;
    }

    public String lastName() {
        return lastName;
    }

    public String firstName() {
        return firstName;
    }

    /** E.164, or null when none was typed. */
    public String landline() {
        return landline;
    }

    /** E.164, or null when none was typed. */
    public String mobile() {
        return mobile;
    }
}
