package fr.cibtp.espace.rights.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.cibtp.espace.delegation.StoredDelegation;
import fr.cibtp.espace.rights.Period;
import org.keycloak.models.UserModel;

/** A delegation as the API lists it, with its status on the day asked. */
final class DelegationJson {

    private DelegationJson() {
    }

    static Map<String, Object> of(StoredDelegation d, UserModel grantee, LocalDate today) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id());
        row.put("email", grantee == null ? null : grantee.getEmail());
        row.put("nom", grantee == null ? null : grantee.getLastName());
        row.put("prenom", grantee == null ? null : grantee.getFirstName());
        row.put("role", d.viaCabinet() != null ? "cabinet" : d.admin() ? "administrateur" : "utilisateur");
        row.put("statut", status(d, today));
        row.put("date_effet", d.effet().toString());
        row.put("date_fin", d.fin() == null ? null : d.fin().toString());
        row.put("admin", d.admin());
        row.put("colleges", d.colleges());
        row.put("droits", d.modes());
        return row;
    }

    static String status(StoredDelegation d, LocalDate today) {
        if (d.closed()) {
            return "fermee";
        }
        if (today.isBefore(d.effet())) {
            return "a_venir";
        }
        return new Period(d.effet(), d.fin()).activeOn(today) ? "active" : "expiree";
    }
}
