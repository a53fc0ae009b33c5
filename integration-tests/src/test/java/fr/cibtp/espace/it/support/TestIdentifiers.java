package fr.cibtp.espace.it.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid identifiers, so test classes sharing the realm never meet each other's registry records. */
public final class TestIdentifiers {

    private TestIdentifiers() {
    }

    public static String siren() {
        return withLuhnDigit(digits(8));
    }

    public static String siret(String siren) {
        return withLuhnDigit(siren + digits(4));
    }

    public static String identifiant() {
        String d = digits(10);
        return d.substring(0, 5) + "-" + d.substring(5, 8) + "-" + d.substring(8);
    }

    public static String numeroAdherent() {
        return "T" + digits(9);
    }

    public static String salarie() {
        return "S" + digits(9);
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ThreadLocalRandom.current().nextInt(10));
        }
        return b.toString();
    }

    /** Appends the digit that makes the whole number pass Luhn. */
    public static String withLuhnDigit(String body) {
        for (int d = 0; d < 10; d++) {
            String candidate = body + d;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
