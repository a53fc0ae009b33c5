package fr.cibtp.espace.identifiers;

/**
 * Identifiant CIBTP of a site déclarant or a cabinet: {@code NNNNN-NNN-NN}, e.g. {@code 29209-001-12}. Typed with or
 * without dashes or spaces; stored and shown dashed.
 */
public final class CibtpIdentifier {

    private static final int DIGITS = 10;

    private CibtpIdentifier() {
    }

    public static Parsed parse(String typed) {
        if (Typed.isBlank(typed)) {
            return Parsed.invalid("cibtpIdentifierRequired");
        }
        String digits = Typed.strip(typed, "-./");
        if (!Typed.isAsciiDigits(digits) || digits.length() != DIGITS) {
            return Parsed.invalid("cibtpIdentifierFormat");
        }
        return Parsed.valid(digits.substring(0, 5) + '-' + digits.substring(5, 8) + '-' + digits.substring(8));
    }
}
