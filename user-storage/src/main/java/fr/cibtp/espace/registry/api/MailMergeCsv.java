package fr.cibtp.espace.registry.api;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import fr.cibtp.espace.registry.IssuedCode;
import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.campaign.NotEnrolledMailing;
import fr.cibtp.espace.time.CaisseClock;

/** The mail-merge file of issued codes: UTF-8, ';'-separated, a header row, one précompte per row. */
public final class MailMergeCsv {

    public static final String HEADER = "identifiant;nom;destinataire;adresse_ligne1;adresse_ligne2;code_postal;ville;code;date_expiration\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(CaisseClock.ZONE);

    private MailMergeCsv() {
    }

    public static String row(IssuedCode issued) {
        return row(issued.precompte().identifiant(), issued.name(), issued.recipient(), issued.code(), issued.expiresAt());
    }

    /**
     * A row without a code, for a relaunch: the code column is empty (the database keeps no code in clear), the date is
     * that of the letter sent, when it is unused.
     */
    public static String relaunchRow(NotEnrolledMailing.Row row) {
        return row(row.identifiant(), row.name(), row.recipient(), null, row.letterExpiresAt());
    }

    private static String row(String identifiant, String name, PostalAddress to, String code, Instant expiresAt) {
        String recipient = join(to.firstName(), to.lastName());
        return String.join(";", cell(identifiant), cell(name), cell(recipient), cell(to.line1()), cell(to.line2()),
                cell(to.postcode()), cell(to.town()), cell(code), cell(expiresAt == null ? null : DATE.format(expiresAt))) + "\r\n";
    }

    /** Quotes when needed, and defuses text a spreadsheet would run as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String join(String first, String last) {
        StringBuilder b = new StringBuilder();
        if (first != null) {
            b.append(first);
        }
        if (last != null) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(last);
        }
        return b.toString();
    }
}
