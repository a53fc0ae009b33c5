package fr.cibtp.espace.password;

/**
 * The seeds' composition rule: characters from at least N of the 4 classes upper case, lower case, digit and
 * special (anything else, accented letters and spaces included). Letters are classed by Unicode case, so "É" is
 * upper case.
 */
public final class CharacterClasses {

    public static final int ALL = 4;

    private CharacterClasses() {
    }

    public static int count(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean special = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                special = true;
            }
            i += Character.charCount(c);
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (special ? 1 : 0);
    }
}
