package fr.cibtp.espace.delegation.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * What the delegation operations answer, for the API (as JSON, with the contract's French field names) and for the
 * page alike. Absent values are written as {@code null}, as the contract shows them.
 */
public final class Views {

    private Views() {
    }

    /** A site the caller manages, and how: on the adhérent's side, or for its cabinet comptable. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ManagedSite(String identifiant, String siret, String nom,
                              @JsonProperty("raison_sociale") String raisonSociale,
                              @JsonProperty("pour_le_cabinet") boolean forCabinet,
                              @JsonProperty("cabinet_delegable") boolean cabinetDelegable) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SiteSummary(String identifiant, String siret, String nom, @JsonProperty("raison_sociale") String raisonSociale) {
    }

    public record SiteList(long total, List<SiteSummary> sites) {
    }

    /** A delegation as listed and viewed, with its status on the day asked. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DelegationView(String id, String email, String nom, String prenom, String role, String statut,
                                 @JsonProperty("date_effet") @JsonSerialize(using = ToStringSerializer.class) LocalDate effet,
                                 @JsonProperty("date_fin") @JsonSerialize(using = ToStringSerializer.class) LocalDate fin,
                                 boolean admin, Set<String> colleges, Map<String, String> droits) {
    }

    public record DelegationList(long total, int page, int taille, List<DelegationView> delegations) {
    }

    public record Created(String id, @JsonProperty("compte_cree") boolean accountCreated) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CabinetSummary(String identifiant, @JsonProperty("raison_sociale") String raisonSociale) {
    }

    /** What the adhérent delegated to its cabinet: the same for each of the cabinet's administrators. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CabinetDelegation(@JsonProperty("date_effet") @JsonSerialize(using = ToStringSerializer.class) LocalDate effet,
                                    @JsonProperty("date_fin") @JsonSerialize(using = ToStringSerializer.class) LocalDate fin,
                                    Set<String> colleges, Map<String, String> droits,
                                    @JsonProperty("administrateurs_du_cabinet") int cabinetAdministrators) {
    }

    /** "Cabinet Comptable délégable" and what it was given; {@code delegation} null when nothing yet. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CabinetView(CabinetSummary cabinet, CabinetDelegation delegation) {
    }
}
