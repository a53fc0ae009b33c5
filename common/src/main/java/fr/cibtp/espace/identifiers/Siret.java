package fr.cibtp.espace.identifiers;

/**
 * SIRET: the 14-digit INSEE number of an establishment (site déclarant): its company's SIREN followed by a 5-digit
 * establishment number. Checked with Luhn over all 14 digits, except for La Poste, whose thousands of
 * establishments outgrew the scheme: there the sum of the digits must be a multiple of 5.
 */
public final class Siret {

    public static final int LENGTH = 14;
    public static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    public static Parsed parse(String typed) {
        if (Typed.isBlank(typed)) {
            return Parsed.invalid("cibtpSiretRequired");
        }
        String digits = Typed.strip(typed, "");
        if (!Typed.isAsciiDigits(digits)) {
            return Parsed.invalid("cibtpSiretNotDigits");
        }
        if (digits.length() != LENGTH) {
            return Parsed.invalid("cibtpSiretLength");
        }
        if (!hasValidChecksum(digits)) {
            return Parsed.invalid("cibtpSiretChecksum");
        }
        return Parsed.valid(digits);
    }

    /** A site's SIRET must start with its adhérent's SIREN; both in canonical form. */
    public static boolean belongsTo(String siret, String siren) {
        return siret != null && siren != null && siret.length() == LENGTH && siret.startsWith(siren);
    }

    private static boolean hasValidChecksum(String digits) {
        if (digits.startsWith(LA_POSTE_SIREN)) {
            return Luhn.digitSum(digits) % 5 == 0;
        }
        return Luhn.isValid(digits);
    }
}
