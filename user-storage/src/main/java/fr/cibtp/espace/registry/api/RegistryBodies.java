package fr.cibtp.espace.registry.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cibtp.espace.registry.CodeRequest;
import fr.cibtp.espace.registry.ImportReport;

/**
 * The registry API's JSON bodies and the admin events' representations, as {@code registry.openapi.json} describes
 * them: one record each, field names as the contract writes them; a null field is left out, as Keycloak writes JSON.
 */
final class RegistryBodies {

    private RegistryBodies() {
    }

    /** {@code POST /codes}: the identifiants to write letters for, or every précompte not yet enrolled. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CodeIssuance(List<String> identifiants, @JsonProperty("non_inscrits") boolean notEnrolled) {
        CodeIssuance {
            identifiants = identifiants == null ? List.of() : identifiants;
        }
    }

    /** A code request of the queue; {@code traitee_le} is absent until the letter is sent. */
    record CodeRequestRow(String id, String identifiant, String statut, @JsonProperty("demandee_le") String requestedAt,
                          @JsonProperty("traitee_le") String processedAt) {
        static CodeRequestRow of(CodeRequest request) {
            return new CodeRequestRow(request.id(), request.identifiant(), request.status(), request.requestedAt().toString(),
                    request.processedAt() == null ? null : request.processedAt().toString());
        }
    }

    /** An account holding a précompte; its names are absent when the account is gone. */
    record Holder(String compte, String email, String nom, String prenom) {
    }

    /** What taking a holder away ended. */
    record HolderRemoved(String identifiant, String compte, @JsonProperty("delegations_fermees") int delegationsClosed,
                         @JsonProperty("sessions_terminees") int sessionsEnded) {
    }

    /** The import's answer: its counts, the first rejected lines with their reason, the sites that changed hands. */
    record ImportAnswer(long created, long updated, long unchanged, List<ImportReport.Reject> rejected,
                        @JsonProperty("rejected_total") long rejectedTotal,
                        @JsonProperty("changed_hands") List<ImportReport.ChangedHands> changedHands,
                        @JsonProperty("changed_hands_total") long changedHandsTotal) {
        static ImportAnswer of(ImportReport report) {
            return new ImportAnswer(report.getCreated(), report.getUpdated(), report.getUnchanged(), report.getRejected(),
                    report.getRejectedTotal(), report.getChangedHands(), report.getChangedHandsTotal());
        }
    }

    /** The import's admin event: its counts and the sites that changed hands, without the rejected lines. */
    record ImportSummary(long created, long updated, long unchanged, @JsonProperty("rejected_total") long rejectedTotal,
                         @JsonProperty("changed_hands") List<ImportReport.ChangedHands> changedHands,
                         @JsonProperty("changed_hands_total") long changedHandsTotal) {
        static ImportSummary of(ImportReport report) {
            return new ImportSummary(report.getCreated(), report.getUpdated(), report.getUnchanged(), report.getRejectedTotal(),
                    report.getChangedHands(), report.getChangedHandsTotal());
        }
    }

    /** The admin event of a code issuance: which kind of request it was. */
    record CodesIssued(String demande) {
    }

    /** The admin event of a code request marked done. */
    record CodeRequestDone(String statut) {
    }

    /** The admin event of a relaunch file: its kind and, when asked, its département. */
    record RelaunchAsked(String type, String departement) {
    }
}
