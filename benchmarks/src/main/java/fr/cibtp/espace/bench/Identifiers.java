package fr.cibtp.espace.bench;

/** Valid registry identifiers for generated records: SIREN and SIRET with their Luhn digit, dashed identifiants. */
final class Identifiers {

    private Identifiers() {
    }

    static String withLuhnDigit(String body) {
        for (int d = 0; d < 10; d++) {
            String candidate = body + d;
            if (luhnSum(candidate) % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + body);
    }

    /** {@code NNNNN-NNN-NN} from a 10-digit number. */
    static String identifiant(long n) {
        String d = String.format("%010d", n);
        return d.substring(0, 5) + "-" + d.substring(5, 8) + "-" + d.substring(8);
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int v = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                v = v * 2 > 9 ? v * 2 - 9 : v * 2;
            }
            sum += v;
        }
        return sum;
    }
}
