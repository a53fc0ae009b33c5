package fr.cibtp.espace.registry.campaign;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Where an enrollment campaign stands: the registry's précomptes enrolled or not, the letters and the code requests,
 * for the whole realm and by département, and the enrollments week by week over a period. The body of
 * {@code GET /campagne}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CampaignFigures(String du, String au, String calculeLe, Figures total, List<Figures> departements, List<Week> semaines) {

    /** Précomptes of one kind: how many, how many a account holds, and how many were first held during the period. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Enrollment(long total, long inscrits, long nonInscrits, long inscritsSurLaPeriode) {
    }

    /**
     * The current letters (one per précompte): issued and used during the period; and, today, unused ones past their
     * date, and unused ones some source may not try again.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Letters(long emisSurLaPeriode, long utilisesSurLaPeriode, long expires, long verrouilles) {
    }

    /** The figures of a département, or of the realm ({@code departement} absent). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figures(String departement, Enrollment sites, Enrollment adherents, Enrollment cabinets, Enrollment salaries,
                          Letters courriers, long demandesDeCodeEnAttente) {
    }

    /** The précomptes first held during one week (Monday to Sunday, Paris time) of the period. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Week(String semaine, String lundi, long sites, long adherents, long cabinets, long salaries) {
    }
}
