package fr.cibtp.espace.identifiers;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The provisional confidential code printed on the postal letters: 12 characters from an alphabet without the
 * look-alikes 0/O, 1/I/L and U (about 59 bits), shown as three groups of four ({@code 7K4P-2QXM-H9TD}), typed
 * case-insensitively with any dashes or spaces. Its canonical form is the 12 characters without dashes.
 */
public final class ProvisionalCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 12;
    private static final int GROUP = 4;

    private ProvisionalCode() {
    }

    public static Parsed parse(String typed) {
        if (Typed.isBlank(typed)) {
            return Parsed.invalid("cibtpCodeRequired");
        }
        String compact = Typed.strip(typed, "-").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH || !inAlphabet(compact)) {
            return Parsed.invalid("cibtpCodeFormat");
        }
        return Parsed.valid(compact);
    }

    public static String generate(SecureRandom random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** The printed form of a canonical code: {@code 7K4P2QXMH9TD} becomes {@code 7K4P-2QXM-H9TD}. */
    public static String display(String canonical) {
        StringBuilder shown = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < canonical.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                shown.append('-');
            }
            shown.append(canonical.charAt(i));
        }
        return shown.toString();
    }

    private static boolean inAlphabet(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
