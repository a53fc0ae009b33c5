package fr.cibtp.espace.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The registry import benchmark's file: adhérents with 9 sites each in 14 départements, one line a record, generated as it is sent so
 * that neither side ever holds it whole; sent in parts, as caisse IT sends a registry larger than Keycloak's 10 MB
 * request limit.
 */
final class GeneratedRegistry extends InputStream {

    private static final int SITES_PER_ADHERENT = 9;
    /** The départements of the Grand Est and around, so that the campaign figures have as many to count. */
    private static final String[] DEPARTEMENTS = {"08", "10", "51", "52", "54", "55", "57", "67", "68", "88", "21", "25", "70", "90"};

    private final long lines;
    private long written;
    private byte[] current = new byte[0];
    private int position;

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) of the file; a part starts with an adhérent's line. */
    GeneratedRegistry(long from, long to) {
        this.written = from;
        this.lines = to;
    }

    @Override
    public int read() {
        if (position == current.length && !nextLine()) {
            return -1;
        }
        return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position == current.length && !nextLine()) {
            return -1;
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    private boolean nextLine() {
        if (written == lines) {
            return false;
        }
        long adherent = written / (SITES_PER_ADHERENT + 1);
        int site = (int) (written % (SITES_PER_ADHERENT + 1));
        String siren = Identifiers.withLuhnDigit(String.format("%08d", 10_000_000 + adherent));
        String numero = "B" + adherent;
        String line = site == 0
                ? "{\"type\":\"adherent\",\"numero_adherent\":\"" + numero + "\",\"siren\":\"" + siren
                + "\",\"raison_sociale\":\"ENTREPRISE " + adherent + "\",\"forme_juridique\":\"SAS\"}\n"
                : "{\"type\":\"site\",\"identifiant\":\"" + Identifiers.identifiant(8_000_000_000L + adherent * SITES_PER_ADHERENT + site)
                + "\",\"numero_adherent\":\"" + numero + "\",\"siret\":\"" + Identifiers.withLuhnDigit(siren + String.format("%04d", site))
                + "\",\"nom\":\"ENTREPRISE " + adherent + " - SITE " + site + "\",\"adresse\":{\"ligne1\":\"" + site
                + " RUE DU CHANTIER\",\"code_postal\":\"" + postcode(adherent, site) + "\",\"ville\":\"METZ\"},\"titulaire\":{\"nom\":\"DUPONT\","
                + "\"prenom\":\"MARIE\"}}\n";
        current = line.getBytes(StandardCharsets.UTF_8);
        position = 0;
        written++;
        return true;
    }

    /** Most of an adhérent's sites in its own département, one in the next. */
    private static String postcode(long adherent, int site) {
        int departement = (int) ((adherent + (site == SITES_PER_ADHERENT ? 1 : 0)) % DEPARTEMENTS.length);
        return DEPARTEMENTS[departement] + String.format("%03d", site * 10);
    }
}
