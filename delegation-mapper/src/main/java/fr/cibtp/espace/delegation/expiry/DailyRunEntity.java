package fr.cibtp.espace.delegation.expiry;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last caisse day a daily job did its work, for the whole cluster: one row per job, made by the changelog. */
@Entity(name = "CibtpDailyRun")
@Table(name = "CIBTP_DAILY_RUN")
public class DailyRunEntity {

    @Id
    @Column(name = "JOB", length = 64)
    private String job;

    @Column(name = "LAST_DAY", nullable = false)
    private LocalDate lastDay;

    public String getJob() {
        return job;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }
}
