package fr.cibtp.espace.passkey;

/**
 * The name a user gives a passkey ("Téléphone de chantier"), read from the registration form. The key is already made
 * on the device when the name arrives, so a name is never refused: blanks make the default name, spaces are collapsed,
 * and a name longer than {@value #MAX_LENGTH} characters is cut (the field itself stops there).
 */
public final class PasskeyName {

    public static final String DEFAULT = "Clé d'accès";
    public static final int MAX_LENGTH = 60;

    private PasskeyName() {
    }

    public static String of(String typed) {
        if (typed == null) {
            return DEFAULT;
        }
        String name = typed.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (name.isEmpty()) {
            return DEFAULT;
        }
        return name.codePointCount(0, name.length()) <= MAX_LENGTH ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).strip();
    }
}
