package fr.cibtp.espace.registry.campaign;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.cibtp.espace.registry.campaign.CampaignFigures.Week;

/**
 * Enrollments by week of the period, Monday to Sunday in the caisse's time zone. The database counts them by hour
 * since 1970 (the same on every database, and a time zone's offsets are whole hours), this puts each hour in its week;
 * the period's first and last weeks count only the period's days. Every week of the period is listed, none-enrolled
 * ones too.
 */
final class EnrollmentWeeks {

    static final long HOUR_MILLIS = 3_600_000L;

    enum Kind { SITES, ADHERENTS, CABINETS, SALARIES }

    private final CampaignPeriod period;
    private final ZoneId zone;
    private final Map<LocalDate, Map<Kind, Long>> byMonday = new TreeMap<>();

    EnrollmentWeeks(CampaignPeriod period, ZoneId zone) {
        this.period = period;
        this.zone = zone;
        for (LocalDate monday = monday(period.from()); !monday.isAfter(period.to()); monday = monday.plusWeeks(1)) {
            byMonday.put(monday, new EnumMap<>(Kind.class));
        }
    }

    /** {@code n} précomptes of a kind first held during the hour {@code hour} (hours since 1970, UTC). */
    void add(Kind kind, long hour, long n) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(hour * HOUR_MILLIS), zone);
        Map<Kind, Long> week = byMonday.get(monday(day));
        if (week == null) {
            throw new IllegalArgumentException("Hour " + hour + " (" + day + ") is outside the period " + period);
        }
        week.merge(kind, n, Long::sum);
    }

    List<Week> weeks() {
        List<Week> list = new ArrayList<>();
        byMonday.forEach((monday, n) -> list.add(new Week(
                monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                monday.toString(), n.getOrDefault(Kind.SITES, 0L), n.getOrDefault(Kind.ADHERENTS, 0L),
                n.getOrDefault(Kind.CABINETS, 0L), n.getOrDefault(Kind.SALARIES, 0L))));
        return list;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
