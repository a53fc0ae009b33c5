package fr.cibtp.espace.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The département of a French postal code: its first two digits; three overseas (971 to 988); 2A or 2B in Corsica
 * (20000 to 20199, then 20200 to 20699). The first three characters of a postal code are enough to tell.
 */
public final class Departement {

    /** Where a record without a usable postal code is counted. */
    public static final String UNKNOWN = "inconnu";

    private static final Pattern POSTCODE_START = Pattern.compile("\\d{3}");
    private static final Pattern CODE = Pattern.compile("0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5]|97[1-8]|98[4-8]");

    private Departement() {
    }

    /** The département of a postal code, from its first three characters; {@value #UNKNOWN} when there are none. */
    public static String ofPostcode(String postcode) {
        if (postcode == null) {
            return UNKNOWN;
        }
        String start = postcode.strip();
        start = start.length() < 3 ? start : start.substring(0, 3);
        if (!POSTCODE_START.matcher(start).matches() || start.startsWith("00")) {
            return UNKNOWN;
        }
        if (start.startsWith("20")) {
            return start.charAt(2) <= '1' ? "2A" : "2B";
        }
        if (start.startsWith("97") || start.startsWith("98")) {
            return start;
        }
        return start.substring(0, 2);
    }

    /** A département as typed by the back office ("57", "2a", "974"), when it is one. */
    public static Optional<String> parse(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase();
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
