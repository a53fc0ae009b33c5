package fr.cibtp.espace.registry;

import java.util.Locale;

/**
 * The site chooser's order of site names as people count: CHANTIER 2 before CHANTIER 10, not after it. The key, kept
 * beside the name on each account link, writes every run of digits on twelve places ("CHANTIER 000000000010"), so a
 * plain string order of keys is the natural order of names.
 */
public final class SiteOrder {

    static final int DIGITS = 12;
    static final int MAX_LENGTH = 255;

    private SiteOrder() {
    }

    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(upper.length() + DIGITS);
        int i = 0;
        while (i < upper.length()) {
            char c = upper.charAt(i);
            if (c >= '0' && c <= '9') {
                int end = i;
                while (end < upper.length() && upper.charAt(end) >= '0' && upper.charAt(end) <= '9') {
                    end++;
                }
                String digits = upper.substring(i, end).replaceFirst("^0+(?=.)", "");
                key.append("0".repeat(Math.max(0, DIGITS - digits.length()))).append(digits);
                i = end;
            } else {
                key.append(c);
                i++;
            }
        }
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key.toString();
    }
}
