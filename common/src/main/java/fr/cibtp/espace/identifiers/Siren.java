package fr.cibtp.espace.identifiers;

/** SIREN: the 9-digit INSEE number of a company (adhérent), Luhn-checked. */
public final class Siren {

    public static final int LENGTH = 9;

    private Siren() {
    }

    public static Parsed parse(String typed) {
        if (Typed.isBlank(typed)) {
            return Parsed.invalid("cibtpSirenRequired");
        }
        String digits = Typed.strip(typed, "");
        if (!Typed.isAsciiDigits(digits)) {
            return Parsed.invalid("cibtpSirenNotDigits");
        }
        if (digits.length() != LENGTH) {
            return Parsed.invalid("cibtpSirenLength");
        }
        if (!Luhn.isValid(digits)) {
            return Parsed.invalid("cibtpSirenChecksum");
        }
        return Parsed.valid(digits);
    }
}
