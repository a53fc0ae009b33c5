package fr.cibtp.espace.identifiers;

/**
 * What a typed identifier turned out to be: its canonical form, or the message key saying why it was refused.
 * Message keys are resolved by the login theme (French by default, English twin).
 */
public record Parsed(String value, String errorKey) {

    public static Parsed valid(String value) {
        return new Parsed(value, null);
    }

    public static Parsed invalid(String errorKey) {
        return new Parsed(null, errorKey);
    }

    public boolean isValid() {
        return errorKey == null;
    }
}
