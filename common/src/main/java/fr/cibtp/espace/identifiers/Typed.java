package fr.cibtp.espace.identifiers;

/** Clean-up shared by every identifier: people type spaces, dashes and dots between groups of digits. */
final class Typed {

    private Typed() {
    }

    static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** Removes spaces (including non-breaking ones pasted from PDFs) and the given separators. */
    static String strip(String typed, String separators) {
        StringBuilder kept = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && separators.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    static boolean isAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
