package fr.cibtp.espace.registry.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.jpa.PrecompteStates;

/**
 * The campaign figures from the précomptes' rows, which keep their département, since when they are held and their
 * current letter ({@code CampaignState}): each kind's figures in one read of an index holding all of them, in
 * département order (no table read, no sort), the weeks from another index. A registry of a million lines answers
 * within a second.
 */
public final class CampaignQueries {

    private static final String DEPARTEMENT = "p.postal.departement";
    private static final String HELD = "p.campaign.heldSince";
    private static final String IN_PERIOD = "%1$s >= :from and %1$s < :to";
    /**
     * Précomptes, held, held since the period, letters issued and used during it, expired and locked today; each
     * followed by its {@code %n$s} (an alias, or nothing).
     */
    private static final String FIGURES = "count(*) %1$s, count(" + HELD + ") %2$s,"
            + " sum(case when " + IN_PERIOD.formatted(HELD) + " then 1 else 0 end) %3$s,"
            + " sum(case when " + IN_PERIOD.formatted("p.campaign.letterIssuedAt") + " then 1 else 0 end) %4$s,"
            + " sum(case when " + IN_PERIOD.formatted("p.campaign.letterUsedAt") + " then 1 else 0 end) %5$s,"
            + " sum(case when p.campaign.letterUsedAt is null and p.campaign.letterExpiresAt <= :now then 1 else 0 end) %6$s,"
            + " sum(case when p.campaign.letterUsedAt is null and p.campaign.letterExpiresAt > :now"
            + " and p.campaign.letterLockedUntil > :now then 1 else 0 end) %7$s";
    private static final String FIGURES_UNNAMED = FIGURES.formatted("", "", "", "", "", "", "");
    private static final Count[] LETTERS = {Count.LETTERS_ISSUED, Count.LETTERS_USED, Count.LETTERS_EXPIRED, Count.LETTERS_LOCKED};
    private static final int ROWS_PER_FETCH = 1000;

    private final EntityManager em;
    private final String realmId;
    private final CampaignPeriod period;
    private final ZoneId zone;
    private final long now;
    private final long from;
    private final long to;

    public CampaignQueries(EntityManager em, String realmId, CampaignPeriod period, ZoneId zone, Instant now) {
        this.em = em;
        this.realmId = realmId;
        this.period = period;
        this.zone = zone;
        this.now = now.toEpochMilli();
        this.from = period.startMillis(zone);
        this.to = period.endMillis(zone);
    }

    public CampaignFigures figures() {
        CampaignTally tally = new CampaignTally();
        EnrollmentWeeks weeks = new EnrollmentWeeks(period, zone);
        sitesAndAdherents(tally, weeks);
        precomptes(tally, weeks, PrecompteKind.CABINET, Count.CABINETS, EnrollmentWeeks.Kind.CABINETS);
        precomptes(tally, weeks, PrecompteKind.SALARIE, Count.SALARIES, EnrollmentWeeks.Kind.SALARIES);
        return new CampaignFigures(period.from().toString(), period.to().toString(), Instant.ofEpochMilli(now).toString(),
                tally.total(), tally.departements(), weeks.weeks());
    }

    /**
     * Sites by département, and in the same read (grouped first by adhérent and département, the index's order) the
     * adhérents: one counts in each département where it has a site, held there once one of its sites there is. The
     * realm's adhérents are every adhérent, enrolled once one of its sites is held (their own row keeps since when).
     */
    private void sitesAndAdherents(CampaignTally tally, EnrollmentWeeks weeks) {
        try (Stream<Object[]> rows = stream("select x.departement, sum(x.sites), sum(x.held), sum(x.heldInPeriod), sum(x.issued),"
                + " sum(x.used), sum(x.expired), sum(x.locked), count(*), count(x.first),"
                + " sum(case when " + IN_PERIOD.formatted("x.first") + " then 1 else 0 end)"
                + " from (select " + DEPARTEMENT + " as departement, " + FIGURES.formatted("as sites", "as held", "as heldInPeriod",
                "as issued", "as used", "as expired", "as locked") + ", min(" + HELD + ") as first from CibtpSite p"
                + " where p.realmId = :realm group by p.adherentNumero, " + DEPARTEMENT + ") x group by x.departement")) {
            rows.forEach(row -> {
                String departement = (String) row[0];
                add(tally, departement, Count.SITES, row, 1);
                tally.add(departement, Count.ADHERENTS, (Number) row[8]);
                tally.add(departement, Count.ADHERENTS_ENROLLED, (Number) row[9]);
                tally.add(departement, Count.ADHERENTS_IN_PERIOD, (Number) row[10]);
            });
        }
        try (Stream<Object[]> rows = stream("select count(*), count(a.heldSince), sum(case when " + IN_PERIOD.formatted("a.heldSince")
                + " then 1 else 0 end) from CibtpAdherent a where a.realmId = :realm")) {
            rows.forEach(row -> {
                tally.realmWide(Count.ADHERENTS, (Number) row[0]);
                tally.realmWide(Count.ADHERENTS_ENROLLED, (Number) row[1]);
                tally.realmWide(Count.ADHERENTS_IN_PERIOD, (Number) row[2]);
            });
        }
        hours(weeks, EnrollmentWeeks.Kind.ADHERENTS, "CibtpAdherent", "a.heldSince");
        theRest(tally, weeks, PrecompteKind.SITE, EnrollmentWeeks.Kind.SITES);
    }

    private void precomptes(CampaignTally tally, EnrollmentWeeks weeks, PrecompteKind kind, Count first, EnrollmentWeeks.Kind weekly) {
        try (Stream<Object[]> rows = stream("select " + DEPARTEMENT + ", " + FIGURES_UNNAMED + " from " + PrecompteStates.entity(kind) + " p"
                + " where p.realmId = :realm group by " + DEPARTEMENT)) {
            rows.forEach(row -> add(tally, (String) row[0], first, row, 1));
        }
        theRest(tally, weeks, kind, weekly);
    }

    /** A kind's enrollments by hour of the period, and its waiting code requests. */
    private void theRest(CampaignTally tally, EnrollmentWeeks weeks, PrecompteKind kind, EnrollmentWeeks.Kind weekly) {
        String entity = PrecompteStates.entity(kind);
        hours(weeks, weekly, entity, HELD);
        try (Stream<Object[]> rows = stream("select " + DEPARTEMENT + ", count(r) from CibtpCodeRequest r, " + entity + " p"
                + " where r.realmId = :realm and r.status = 'en_attente' and p.realmId = r.realmId and p.identifiant = r.identifiant"
                + " group by " + DEPARTEMENT)) {
            rows.forEach(row -> tally.add((String) row[0], Count.WAITING_REQUESTS, (Number) row[1]));
        }
    }

    /** Précomptes or adhérents first held during the period, by hour, from the index on since when they are held. */
    private void hours(EnrollmentWeeks weeks, EnrollmentWeeks.Kind kind, String entity, String held) {
        String alias = held.substring(0, held.indexOf('.'));
        try (Stream<Object[]> rows = stream("select floor(" + held + " / 3600000), count(*) from " + entity + " " + alias
                + " where " + alias + ".realmId = :realm and " + IN_PERIOD.formatted(held) + " group by floor(" + held + " / 3600000)")) {
            rows.forEach(row -> weeks.add(kind, ((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
    }

    /** The seven {@link #FIGURES} of a row from {@code at}: the kind's three counts, then the letters'. */
    private static void add(CampaignTally tally, String departement, Count first, Object[] row, int at) {
        Count[] counts = Count.values();
        for (int i = 0; i < 3; i++) {
            tally.add(departement, counts[first.ordinal() + i], (Number) row[at + i]);
        }
        for (int i = 0; i < LETTERS.length; i++) {
            tally.add(departement, LETTERS[i], (Number) row[at + 3 + i]);
        }
    }

    @SuppressWarnings("unchecked")
    private Stream<Object[]> stream(String hql) {
        Query query = em.createQuery(hql).setParameter("realm", realmId).setHint("org.hibernate.fetchSize", ROWS_PER_FETCH);
        if (hql.contains(":from")) {
            query.setParameter("from", from).setParameter("to", to);
        }
        if (hql.contains(":now")) {
            query.setParameter("now", now);
        }
        return query.getResultStream();
    }
}
