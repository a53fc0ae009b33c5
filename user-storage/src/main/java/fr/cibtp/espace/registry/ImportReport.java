package fr.cibtp.espace.registry;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of an import: counts, the rejected lines with their reason, and the sites that changed hands. Each list
 * keeps its first {@value #MAX_LISTED} so that a wholly wrong file of a million lines does not fill the memory;
 * {@code rejected_total} always counts them all.
 */
public final class ImportReport {

    public static final int MAX_LISTED = 1000;

    public record Reject(long line, String reason) {
    }

    /**
     * A site the file moves to another adhérent (a company sold, say): its former holders lost it, with the
     * delegations made from their holding and their sessions; its letter's code is void.
     */
    public record ChangedHands(long line, String identifiant, @JsonProperty("former_adherent") String formerAdherent,
                               String adherent, @JsonProperty("holders_removed") int holdersRemoved,
                               @JsonProperty("delegations_closed") int delegationsClosed,
                               @JsonProperty("sessions_ended") int sessionsEnded) {
    }

    private long created;
    private long updated;
    private long unchanged;
    private long rejectedTotal;
    private final List<Reject> rejected = new ArrayList<>();
    private long changedHandsTotal;
    private final List<ChangedHands> changedHands = new ArrayList<>();

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

    public void changedHands(ChangedHands site) {
        changedHandsTotal++;
        if (changedHands.size() < MAX_LISTED) {
            changedHands.add(site);
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
        batch.changedHands.forEach(this::changedHands);
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

    @JsonProperty("changed_hands")
    public List<ChangedHands> getChangedHands() {
        return changedHands;
    }

    @JsonProperty("changed_hands_total")
    public long getChangedHandsTotal() {
        return changedHandsTotal;
    }
}
