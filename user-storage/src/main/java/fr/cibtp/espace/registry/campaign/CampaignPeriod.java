package fr.cibtp.espace.registry.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;

/**
 * The days a campaign's figures look at, first and last included, in the caisse's time zone: by default the 16 weeks
 * ending today (the launch plan's four months of mails); at most 366 days, so one answer stays a year's weeks.
 */
public record CampaignPeriod(LocalDate from, LocalDate to) {

    public static final int DEFAULT_WEEKS = 16;
    public static final int MAX_DAYS = 366;

    /** A back-office request's {@code du} and {@code au}, each may be absent; a {@link Refusal} says what is wrong. */
    public static CampaignPeriod parse(String du, String au, LocalDate today) {
        LocalDate to = isBlank(au) ? today : date("au", au);
        LocalDate from = isBlank(du) ? to.minusWeeks(DEFAULT_WEEKS).plusDays(1) : date("du", du);
        if (from.isAfter(to)) {
            throw refused("du", "ordre", from.toString(), to.toString());
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw refused("au", "longueur", MAX_DAYS);
        }
        return new CampaignPeriod(from, to);
    }

    /** The first instant of the period, in epoch milliseconds. */
    public long startMillis(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** The first instant after the period, in epoch milliseconds. */
    public long endMillis(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private static LocalDate date(String name, String typed) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw refused(name, "date", name);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The period asked for is not one: {@code periode_invalide}, worded for what is wrong with it. */
    private static Refusal refused(String field, String wording, Object... params) {
        return Refusal.invalid(RefusalCode.PERIODE_INVALIDE, field, params).worded(wording);
    }
}
