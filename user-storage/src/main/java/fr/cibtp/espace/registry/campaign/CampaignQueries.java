package fr.cibtp.espace.registry.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.cibtp.espace.registry.PrecompteKind;

/**
 * The campaign figures from the registry's tables, in a few queries grouped by département (one pass over each kind's table, which
 * also reads its letters and locks), so that a registry of a million lines answers within a second.
 */
public final class CampaignQueries {

    /** The first time each précompte of a kind was held; a précompte held by two accounts counts once. */
    private static final String FIRST_HELD = "(select l.identifiant as identifiant, min(l.createdAt) as first from CibtpAccountLink l"
            + " where l.realmId = :realm and l.kind = :kind group by l.identifiant)";
    /** The first time one of each adhérent's sites was held. */
    private static final String ADHERENT_FIRST_HELD = "(select s2.adherentNumero as numero, min(l.createdAt) as first"
            + " from CibtpAccountLink l join CibtpSite s2 on s2.realmId = l.realmId and s2.identifiant = l.identifiant"
            + " where l.realmId = :realm and l.kind = 'site' group by s2.adherentNumero)";
    private static final String IN_PERIOD = " >= :from and %s < :to";
    /**
     * The start of a postal code that {@link Departement#ofPostcode} reads as its département, the same for a whole
     * département ("570" for every 57xxx), so that the database groups by département: an adhérent with two sites in a
     * département counts once there.
     */
    private static final String START = "case when substring(p.postal.postcode, 1, 2) in ('97', '98') then substring(p.postal.postcode, 1, 3)"
            + " when substring(p.postal.postcode, 1, 3) in ('200', '201') then '200'"
            + " when substring(p.postal.postcode, 1, 2) = '20' then '202'"
            + " else concat(substring(p.postal.postcode, 1, 2), '0') end";

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
        precomptes(tally, PrecompteKind.SITE, Count.SITES);
        precomptes(tally, PrecompteKind.CABINET, Count.CABINETS);
        precomptes(tally, PrecompteKind.SALARIE, Count.SALARIES);
        adherents(tally);
        for (PrecompteKind kind : PrecompteKind.values()) {
            waitingRequests(tally, kind);
            enrollmentHours(weeks, "select floor(e.first / 3600000), count(*) from " + FIRST_HELD + " e where e.first"
                    + IN_PERIOD.formatted("e.first") + " group by floor(e.first / 3600000)", kind, switch (kind) {
                        case SITE -> EnrollmentWeeks.Kind.SITES;
                        case CABINET -> EnrollmentWeeks.Kind.CABINETS;
                        case SALARIE -> EnrollmentWeeks.Kind.SALARIES;
                    });
        }
        enrollmentHours(weeks, "select floor(a.first / 3600000), count(*) from " + ADHERENT_FIRST_HELD + " a where a.first"
                + IN_PERIOD.formatted("a.first") + " group by floor(a.first / 3600000)", null, EnrollmentWeeks.Kind.ADHERENTS);
        return new CampaignFigures(period.from().toString(), period.to().toString(), Instant.ofEpochMilli(now).toString(),
                tally.total(), tally.departements(), weeks.weeks());
    }

    /** A kind's précomptes, whether held and since when, and their current letters, by postal code start. */
    private void precomptes(CampaignTally tally, PrecompteKind kind, Count first) {
        Count[] counts = Count.values();
        String hql = "select " + START + ", count(p), count(e.identifiant),"
                + " sum(case when e.first" + IN_PERIOD.formatted("e.first") + " then 1 else 0 end),"
                + " sum(case when c.issuedAt" + IN_PERIOD.formatted("c.issuedAt") + " then 1 else 0 end),"
                + " sum(case when c.usedAt" + IN_PERIOD.formatted("c.usedAt") + " then 1 else 0 end),"
                + " sum(case when c.usedAt is null and c.expiresAt <= :now then 1 else 0 end),"
                + " sum(case when c.usedAt is null and c.expiresAt > :now and k.codeId is not null then 1 else 0 end)"
                + " from " + entity(kind) + " p"
                + " left join " + FIRST_HELD + " e on e.identifiant = p.identifiant"
                + " left join CibtpProvisionalCode c on c.realmId = p.realmId and c.kind = :kind and c.identifiant = p.identifiant"
                + " left join (select distinct k2.codeId as codeId from CibtpCodeLock k2 where k2.realmId = :realm"
                + " and (k2.lockedAt is not null or k2.lockedUntil > :now)) k on k.codeId = c.id"
                + " where p.realmId = :realm group by " + START;
        for (Object[] row : rows(query(hql, kind).setParameter("now", now))) {
            String start = (String) row[0];
            tally.add(start, first, (Number) row[1]);
            tally.add(start, counts[first.ordinal() + 1], (Number) row[2]);
            tally.add(start, counts[first.ordinal() + 2], (Number) row[3]);
            tally.add(start, Count.LETTERS_ISSUED, (Number) row[4]);
            tally.add(start, Count.LETTERS_USED, (Number) row[5]);
            tally.add(start, Count.LETTERS_EXPIRED, (Number) row[6]);
            tally.add(start, Count.LETTERS_LOCKED, (Number) row[7]);
        }
    }

    /**
     * Adhérents through their sites: one is enrolled once one of its sites is, and counts in each département where it
     * has a site; the realm's figures count each adhérent once.
     */
    private void adherents(CampaignTally tally) {
        String select = "select count(distinct p.adherentNumero), count(distinct case when a.first is not null then p.adherentNumero end),"
                + " count(distinct case when a.first" + IN_PERIOD.formatted("a.first") + " then p.adherentNumero end)"
                + " from CibtpSite p left join " + ADHERENT_FIRST_HELD + " a on a.numero = p.adherentNumero where p.realmId = :realm";
        for (Object[] row : rows(query("select " + START + ", " + select.substring("select ".length()) + " group by " + START, null))) {
            tally.add((String) row[0], Count.ADHERENTS, (Number) row[1]);
            tally.add((String) row[0], Count.ADHERENTS_ENROLLED, (Number) row[2]);
            tally.add((String) row[0], Count.ADHERENTS_IN_PERIOD, (Number) row[3]);
        }
        Object[] realm = rows(query(select, null)).get(0);
        tally.realmWide(Count.ADHERENTS, (Number) realm[0]);
        tally.realmWide(Count.ADHERENTS_ENROLLED, (Number) realm[1]);
        tally.realmWide(Count.ADHERENTS_IN_PERIOD, (Number) realm[2]);
    }

    private void waitingRequests(CampaignTally tally, PrecompteKind kind) {
        String hql = "select " + START + ", count(r) from CibtpCodeRequest r join " + entity(kind)
                + " p on p.realmId = r.realmId and p.identifiant = r.identifiant where r.realmId = :realm and r.status = 'en_attente'"
                + " group by " + START;
        for (Object[] row : rows(em.createQuery(hql).setParameter("realm", realmId))) {
            tally.add((String) row[0], Count.WAITING_REQUESTS, (Number) row[1]);
        }
    }

    private void enrollmentHours(EnrollmentWeeks weeks, String hql, PrecompteKind kind, EnrollmentWeeks.Kind into) {
        for (Object[] row : rows(query(hql, kind))) {
            weeks.add(into, ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
    }

    private Query query(String hql, PrecompteKind kind) {
        Query query = em.createQuery(hql).setParameter("realm", realmId);
        if (hql.contains(":kind")) {
            query.setParameter("kind", kind.key());
        }
        if (hql.contains(":from")) {
            query.setParameter("from", period.startMillis(zone)).setParameter("to", period.endMillis(zone));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    static String entity(PrecompteKind kind) {
        return switch (kind) {
            case SITE -> "CibtpSite";
            case CABINET -> "CibtpCabinet";
            case SALARIE -> "CibtpSalarie";
        };
    }
}
