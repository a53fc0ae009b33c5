package fr.cibtp.espace.delegation.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Which of a site's delegations to list, and in which order, as the API's filters say: {@code role}
 * (administrateur, utilisateur, cabinet), {@code statut} (active, a_venir, expiree, fermee) on {@code today},
 * delegations starting on or after {@code effetFrom}, ending on or before {@code finUntil}; {@code cabinet} limits to
 * what that cabinet passed on; {@code currentOnly} leaves out the closed and the ended ("Exclure les utilisateurs
 * inactifs"). Null means no filter. {@code sort}: one of {@link #SORTS}, newest first when null.
 */
public record DelegationFilter(String cabinet, String role, String statut, LocalDate today, LocalDate effetFrom,
                               LocalDate finUntil, String sort, boolean currentOnly) {

    public static final List<String> ROLES = List.of("administrateur", "utilisateur", "cabinet");
    public static final List<String> STATUTS = List.of("active", "a_venir", "expiree", "fermee");
    public static final List<String> SORTS = List.of("nom", "-nom", "date_effet", "-date_effet", "date_fin", "-date_fin");
}
