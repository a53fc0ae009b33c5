package fr.cibtp.espace.registry.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.jpa.PrecompteStates;

/**
 * The campaign figures from the précomptes' rows, which keep their département, since when they are held and their
 * current letter ({@code CampaignState}): each kind's figures read in département order from one index holding all of
 * them (no table read), the weeks from another, the few locked letters through their locks. A registry of a million
 * lines answers within a second.
 */
public final class CampaignQueries {

    private static final String DEPARTEMENT = "p.postal.departement";
    private static final String IN_PERIOD = "%1$s >= :from and %1$s < :to";
    private static final String HELD = "p.campaign.heldSince";
    /** Each adhérent in each département where it has sites, with since when one of its sites there is held. */
    private static final String ADHERENTS_BY_DEPARTEMENT = "(select p.postal.departement as departement, p.adherentNumero as numero,"
            + " min(p.campaign.heldSince) as held from CibtpSite p where p.realmId = :realm group by p.postal.departement, p.adherentNumero)";
    /** Each adhérent with since when one of its sites is held, from the above: read in the index's order, no sort. */
    private static final String ADHERENTS = "(select z.numero as numero, min(z.held) as held from " + ADHERENTS_BY_DEPARTEMENT
            + " z group by z.numero)";
    /**
     * -2 for one not held, -1 for one held since before or after the period, else the hour (since 1970) it was first
     * held; grouped from a table of its own, as PostgreSQL does not take an expression with parameters as the same
     * in {@code select} and {@code group by}.
     */
    private static final String HOUR = "case when y.held is null then -2 when " + IN_PERIOD.formatted("y.held")
            + " then floor(y.held / 3600000) else -1 end";

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
        for (Object[] row : rows("select " + DEPARTEMENT + ", count(p), count(" + HELD + "),"
                + " sum(case when " + IN_PERIOD.formatted(HELD) + " then 1 else 0 end),"
                + " sum(case when " + IN_PERIOD.formatted("p.campaign.letterIssuedAt") + " then 1 else 0 end),"
                + " sum(case when " + IN_PERIOD.formatted("p.campaign.letterUsedAt") + " then 1 else 0 end),"
                + " sum(case when p.campaign.letterUsedAt is null and p.campaign.letterExpiresAt <= :now then 1 else 0 end)"
                + " from " + entity + " p where p.realmId = :realm group by " + DEPARTEMENT)) {
            String departement = (String) row[0];
            tally.add(departement, first, (Number) row[1]);
            tally.add(departement, counts[first.ordinal() + 1], (Number) row[2]);
            tally.add(departement, counts[first.ordinal() + 2], (Number) row[3]);
            tally.add(departement, Count.LETTERS_ISSUED, (Number) row[4]);
            tally.add(departement, Count.LETTERS_USED, (Number) row[5]);
            tally.add(departement, Count.LETTERS_EXPIRED, (Number) row[6]);
        }
        for (Object[] row : rows("select " + DEPARTEMENT + ", count(distinct c.id) from CibtpCodeLock k, CibtpProvisionalCode c, " + entity + " p"
                + " where k.realmId = :realm and (k.lockedAt is not null or k.lockedUntil > :now) and c.id = k.codeId"
                + " and c.kind = '" + kind.key() + "' and c.usedAt is null and c.expiresAt > :now"
                + " and p.realmId = c.realmId and p.identifiant = c.identifiant group by " + DEPARTEMENT)) {
            tally.add((String) row[0], Count.LETTERS_LOCKED, (Number) row[1]);
        }
        for (Object[] row : rows("select " + DEPARTEMENT + ", count(r) from CibtpCodeRequest r, " + entity + " p where r.realmId = :realm"
                + " and r.status = 'en_attente' and p.realmId = r.realmId and p.identifiant = r.identifiant group by " + DEPARTEMENT)) {
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
                + " then 1 else 0 end) from " + ADHERENTS_BY_DEPARTEMENT + " x group by x.departement")) {
            tally.add((String) row[0], Count.ADHERENTS, (Number) row[1]);
            tally.add((String) row[0], Count.ADHERENTS_ENROLLED, (Number) row[2]);
            tally.add((String) row[0], Count.ADHERENTS_IN_PERIOD, (Number) row[3]);
        }
        long all = 0;
        long held = 0;
        long inPeriod = 0;
        for (Object[] row : rows("select x.slot, count(x.slot) from (select " + HOUR + " as slot from " + ADHERENTS + " y) x group by x.slot")) {
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
