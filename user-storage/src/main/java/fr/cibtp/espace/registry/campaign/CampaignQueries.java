package fr.cibtp.espace.registry.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.jpa.PrecompteStates;

/**
 * The campaign figures from the précomptes' rows, which keep since when they are held and their current letter
 * ({@code CampaignState}): one pass over each kind's table grouped by département, the weeks from an index, the few
 * locked letters through their locks. A registry of a million lines answers within a second.
 */
public final class CampaignQueries {

    /**
     * The start of a postal code that {@link Departement#ofPostcode} reads as its département, the same for a whole
     * département ("570" for every 57xxx), so that the database groups by département.
     */
    private static final String START = "case when substring(p.postal.postcode, 1, 2) in ('97', '98') then substring(p.postal.postcode, 1, 3)"
            + " when substring(p.postal.postcode, 1, 3) in ('200', '201') then '200'"
            + " when substring(p.postal.postcode, 1, 2) = '20' then '202'"
            + " else concat(substring(p.postal.postcode, 1, 2), '0') end";
    private static final String IN_PERIOD = "%1$s >= :from and %1$s < :to";
    private static final String HELD = "p.campaign.heldSince";
    /** Each adhérent with since when one of its sites is held: the first of its sites' holders. */
    private static final String ADHERENTS = "(select p.adherentNumero as numero, min(p.campaign.heldSince) as held from CibtpSite p"
            + " where p.realmId = :realm group by p.adherentNumero)";
    /** -2 for one not held, -1 for one held since before or after the period, else the hour (since 1970) it was first held. */
    private static final String HOUR = "case when x.held is null then -2 when " + IN_PERIOD.formatted("x.held")
            + " then floor(x.held / 3600000) else -1 end";

    private final EntityManager em;
    private final String realmId;
    private final CampaignPeriod period;
    private final ZoneId zone;
    private final long now;

    public CampaignQueries(EntityManager em, String realmId, CampaignPeriod period, ZoneId zone, Instant now) {
        this.em = em;
        this.realmId = realmId;
        this.period = period;
        this.zone = zone;
        this.now = now.toEpochMilli();
    }

    public CampaignFigures figures() {
        CampaignTally tally = new CampaignTally();
        EnrollmentWeeks weeks = new EnrollmentWeeks(period, zone);
        precomptes(tally, weeks, PrecompteKind.SITE, Count.SITES, EnrollmentWeeks.Kind.SITES);
        precomptes(tally, weeks, PrecompteKind.CABINET, Count.CABINETS, EnrollmentWeeks.Kind.CABINETS);
        precomptes(tally, weeks, PrecompteKind.SALARIE, Count.SALARIES, EnrollmentWeeks.Kind.SALARIES);
        adherents(tally, weeks);
        return new CampaignFigures(period.from().toString(), period.to().toString(), Instant.ofEpochMilli(now).toString(),
                tally.total(), tally.departements(), weeks.weeks());
    }

    /** A kind's précomptes: held or not and since when, their letters, their locked letters, their waiting requests. */
    private void precomptes(CampaignTally tally, EnrollmentWeeks weeks, PrecompteKind kind, Count first, EnrollmentWeeks.Kind weekly) {
        Count[] counts = Count.values();
        String entity = PrecompteStates.entity(kind);
        for (Object[] row : rows("select " + START + ", count(p), count(" + HELD + "),"
                + " sum(case when " + IN_PERIOD.formatted(HELD) + " then 1 else 0 end),"
                + " sum(case when " + IN_PERIOD.formatted("p.campaign.letterIssuedAt") + " then 1 else 0 end),"
                + " sum(case when " + IN_PERIOD.formatted("p.campaign.letterUsedAt") + " then 1 else 0 end),"
                + " sum(case when p.campaign.letterUsedAt is null and p.campaign.letterExpiresAt <= :now then 1 else 0 end)"
                + " from " + entity + " p where p.realmId = :realm group by " + START)) {
            String start = (String) row[0];
            tally.add(start, first, (Number) row[1]);
            tally.add(start, counts[first.ordinal() + 1], (Number) row[2]);
            tally.add(start, counts[first.ordinal() + 2], (Number) row[3]);
            tally.add(start, Count.LETTERS_ISSUED, (Number) row[4]);
            tally.add(start, Count.LETTERS_USED, (Number) row[5]);
            tally.add(start, Count.LETTERS_EXPIRED, (Number) row[6]);
        }
        for (Object[] row : rows("select " + START + ", count(distinct c.id) from CibtpCodeLock k, CibtpProvisionalCode c, " + entity + " p"
                + " where k.realmId = :realm and (k.lockedAt is not null or k.lockedUntil > :now) and c.id = k.codeId"
                + " and c.kind = '" + kind.key() + "' and c.usedAt is null and c.expiresAt > :now"
                + " and p.realmId = c.realmId and p.identifiant = c.identifiant group by " + START)) {
            tally.add((String) row[0], Count.LETTERS_LOCKED, (Number) row[1]);
        }
        for (Object[] row : rows("select " + START + ", count(r) from CibtpCodeRequest r, " + entity + " p where r.realmId = :realm"
                + " and r.status = 'en_attente' and p.realmId = r.realmId and p.identifiant = r.identifiant group by " + START)) {
            tally.add((String) row[0], Count.WAITING_REQUESTS, (Number) row[1]);
        }
        for (Object[] row : rows("select floor(" + HELD + " / 3600000), count(p) from " + entity + " p where p.realmId = :realm and "
                + IN_PERIOD.formatted(HELD) + " group by floor(" + HELD + " / 3600000)")) {
            weeks.add(weekly, ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
    }

    /**
     * Adhérents through their sites: one is enrolled once one of its sites is held, since its first site was; it counts
     * in each département where it has a site (there, once one of its sites there is held), once in the realm's figures.
     */
    private void adherents(CampaignTally tally, EnrollmentWeeks weeks) {
        for (Object[] row : rows("select x.departement, count(x.numero), count(x.held), sum(case when " + IN_PERIOD.formatted("x.held")
                + " then 1 else 0 end) from (select " + START + " as departement, p.adherentNumero as numero, min(" + HELD + ") as held"
                + " from CibtpSite p where p.realmId = :realm group by " + START + ", p.adherentNumero) x group by x.departement")) {
            tally.add((String) row[0], Count.ADHERENTS, (Number) row[1]);
            tally.add((String) row[0], Count.ADHERENTS_ENROLLED, (Number) row[2]);
            tally.add((String) row[0], Count.ADHERENTS_IN_PERIOD, (Number) row[3]);
        }
        long all = 0;
        long held = 0;
        long inPeriod = 0;
        for (Object[] row : rows("select " + HOUR + ", count(x.numero) from " + ADHERENTS + " x group by " + HOUR)) {
            long hour = ((Number) row[0]).longValue();
            long n = ((Number) row[1]).longValue();
            all += n;
            held += hour == -2 ? 0 : n;
            if (hour >= 0) {
                inPeriod += n;
                weeks.add(EnrollmentWeeks.Kind.ADHERENTS, hour, n);
            }
        }
        tally.realmWide(Count.ADHERENTS, all);
        tally.realmWide(Count.ADHERENTS_ENROLLED, held);
        tally.realmWide(Count.ADHERENTS_IN_PERIOD, inPeriod);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String hql) {
        Query query = em.createQuery(hql).setParameter("realm", realmId);
        if (hql.contains(":from")) {
            query.setParameter("from", period.startMillis(zone)).setParameter("to", period.endMillis(zone));
        }
        if (hql.contains(":now")) {
            query.setParameter("now", now);
        }
        return query.getResultList();
    }
}
