package fr.cibtp.espace.delegation;

import java.time.LocalDate;

/** The dates of a delegation: from the date d'effet, until the date de fin included (none: no end). */
public record Period(LocalDate effet, LocalDate fin) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(effet) && (fin == null || !day.isAfter(fin));
    }

    /** The days both cover: a delegation lasts no longer than any link of the chain above it. */
    public Period intersect(Period other) {
        LocalDate start = effet.isAfter(other.effet) ? effet : other.effet;
        LocalDate end = fin == null ? other.fin : other.fin == null || fin.isBefore(other.fin) ? fin : other.fin;
        return new Period(start, end);
    }

    /** A sub-delegation lies within the period of the delegation it comes from. */
    public boolean within(Period parent) {
        boolean starts = !effet.isBefore(parent.effet);
        boolean ends = parent.fin == null || (fin != null && !fin.isAfter(parent.fin));
        return starts && ends;
    }
}
