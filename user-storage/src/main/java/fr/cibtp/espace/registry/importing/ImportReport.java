package fr.cibtp.espace.registry.importing;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of an import: counts, and the rejected lines with their reason. The list keeps the first
 * {@value #MAX_LISTED} rejects so that a wholly wrong file of a million lines does not fill the memory;
 * {@code rejected_total} always counts them all.
 */
public final class ImportReport {

    public static final int MAX_LISTED = 1000;

    public record Reject(long line, String reason) {
    }

    private long created;
    private long updated;
    private long unchanged;
    private long rejectedTotal;
    private final List<Reject> rejected = new ArrayList<>();

    public void created() {
        created++;
    }

    public void updated() {
        updated++;
    }

    public void unchanged() {
        unchanged++;
    }

    public void reject(long line, String reason) {
        rejectedTotal++;
        if (rejected.size() < MAX_LISTED) {
            rejected.add(new Reject(line, reason));
        }
    }

    /** Adds a finished batch's counts and rejects to this report. */
    public void add(ImportReport batch) {
        created += batch.created;
        updated += batch.updated;
        unchanged += batch.unchanged;
        for (Reject r : batch.rejected) {
            reject(r.line(), r.reason());
        }
    }

    @JsonProperty("created")
    public long getCreated() {
        return created;
    }

    @JsonProperty("updated")
    public long getUpdated() {
        return updated;
    }

    @JsonProperty("unchanged")
    public long getUnchanged() {
        return unchanged;
    }

    @JsonProperty("rejected")
    public List<Reject> getRejected() {
        return rejected;
    }

    @JsonProperty("rejected_total")
    public long getRejectedTotal() {
        return rejectedTotal;
    }
}
