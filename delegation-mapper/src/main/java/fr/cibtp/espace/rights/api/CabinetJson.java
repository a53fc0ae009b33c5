package fr.cibtp.espace.rights.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.delegation.StoredDelegation;
import fr.cibtp.espace.registry.Cabinet;
import fr.cibtp.espace.registry.api.ApiError;

/** "Cabinet Comptable délégable" and what the adhérent delegated to it, as the cabinet block of the page shows it. */
final class CabinetJson {

    private CabinetJson() {
    }

    static Map<String, Object> of(Cabinet cabinet, List<StoredDelegation> toCabinet) {
        if (cabinet == null) {
            throw ApiError.of(Response.Status.NOT_FOUND, "aucun_cabinet", "Aucun cabinet comptable délégable n'est associé à cet adhérent.");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("cabinet", Map.of("identifiant", cabinet.identifiant(), "raison_sociale", cabinet.raisonSociale()));
        if (toCabinet.isEmpty()) {
            answer.put("delegation", null);
            answer.put("message", "Vous n'avez défini aucune délégation à votre cabinet comptable.");
            return answer;
        }
        StoredDelegation d = toCabinet.get(0);
        Map<String, Object> delegation = new LinkedHashMap<>();
        delegation.put("date_effet", d.effet().toString());
        delegation.put("date_fin", d.fin() == null ? null : d.fin().toString());
        delegation.put("colleges", d.colleges());
        delegation.put("droits", d.modes());
        delegation.put("administrateurs_du_cabinet", toCabinet.size());
        answer.put("delegation", delegation);
        return answer;
    }
}
