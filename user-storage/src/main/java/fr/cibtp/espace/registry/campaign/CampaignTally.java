package fr.cibtp.espace.registry.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.cibtp.espace.identifiers.Departement;
import fr.cibtp.espace.registry.campaign.CampaignFigures.Enrollment;
import fr.cibtp.espace.registry.campaign.CampaignFigures.Figures;
import fr.cibtp.espace.registry.campaign.CampaignFigures.Letters;

/**
 * Adds up the database's counts by département, and into the realm's total; départements in their usual order (01 to
 * 19, 2A, 2B, 21 to 95, overseas, then unknown).
 */
final class CampaignTally {

    private static final Comparator<String> DEPARTEMENT_ORDER = Comparator.comparing(CampaignTally::sortKey);

    private final Map<String, long[]> byDepartement = new TreeMap<>(DEPARTEMENT_ORDER);
    private final long[] total = new long[Count.values().length];
    private final Map<Count, Long> realmWide = new EnumMap<>(Count.class);

    /** Counts {@code n} in a département (null: {@value Departement#UNKNOWN}). */
    void add(String departement, Count count, Number n) {
        long value = n == null ? 0 : n.longValue();
        String key = departement == null ? Departement.UNKNOWN : departement;
        byDepartement.computeIfAbsent(key, d -> new long[Count.values().length])[count.ordinal()] += value;
        total[count.ordinal()] += value;
    }

    /** The realm's figure of a count that départements do not add up to. */
    void realmWide(Count count, Number n) {
        realmWide.put(count, n == null ? 0 : n.longValue());
    }

    Figures total() {
        long[] cells = total.clone();
        realmWide.forEach((count, n) -> cells[count.ordinal()] = n);
        for (Count count : Count.values()) {
            if (!count.summable() && !realmWide.containsKey(count)) {
                throw new IllegalStateException("No realm-wide figure for " + count);
            }
        }
        return figures(null, cells);
    }

    List<Figures> departements() {
        List<Figures> list = new ArrayList<>();
        byDepartement.forEach((departement, cells) -> list.add(figures(departement, cells)));
        return list;
    }

    private static Figures figures(String departement, long[] c) {
        return new Figures(departement,
                enrollment(c, Count.SITES, Count.SITES_ENROLLED, Count.SITES_IN_PERIOD),
                enrollment(c, Count.ADHERENTS, Count.ADHERENTS_ENROLLED, Count.ADHERENTS_IN_PERIOD),
                enrollment(c, Count.CABINETS, Count.CABINETS_ENROLLED, Count.CABINETS_IN_PERIOD),
                enrollment(c, Count.SALARIES, Count.SALARIES_ENROLLED, Count.SALARIES_IN_PERIOD),
                new Letters(c[Count.LETTERS_ISSUED.ordinal()], c[Count.LETTERS_USED.ordinal()], c[Count.LETTERS_EXPIRED.ordinal()],
                        c[Count.LETTERS_LOCKED.ordinal()]),
                c[Count.WAITING_REQUESTS.ordinal()]);
    }

    private static Enrollment enrollment(long[] c, Count all, Count enrolled, Count inPeriod) {
        long n = c[all.ordinal()];
        long held = c[enrolled.ordinal()];
        return new Enrollment(n, held, n - held, c[inPeriod.ordinal()]);
    }

    private static String sortKey(String departement) {
        if (Departement.UNKNOWN.equals(departement)) {
            return "~";
        }
        return departement.equals("2A") || departement.equals("2B") ? "20" + departement.charAt(1) : departement;
    }
}
