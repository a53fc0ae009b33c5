package fr.cibtp.espace.identifiers;

/** A salarié's identifier as printed on the payment statement: 6 to 20 letters or digits, compared in upper case. */
public final class SalarieIdentifier {

    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 20;

    private SalarieIdentifier() {
    }

    public static Parsed parse(String typed) {
        if (Typed.isBlank(typed)) {
            return Parsed.invalid("cibtpSalarieIdentifierRequired");
        }
        String compact = Typed.strip(typed, "");
        if (compact.length() < MIN_LENGTH || compact.length() > MAX_LENGTH || !isAsciiAlphanumeric(compact)) {
            return Parsed.invalid("cibtpSalarieIdentifierFormat");
        }
        return Parsed.valid(compact.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean isAsciiAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
