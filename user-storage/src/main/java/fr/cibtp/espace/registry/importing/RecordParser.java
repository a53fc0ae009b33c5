package fr.cibtp.espace.registry.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cibtp.espace.identifiers.CibtpIdentifier;
import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.identifiers.ProvisionalCode;
import fr.cibtp.espace.identifiers.SalarieIdentifier;
import fr.cibtp.espace.identifiers.Siren;
import fr.cibtp.espace.identifiers.Siret;
import fr.cibtp.espace.registry.DsnAlert;
import fr.cibtp.espace.registry.PostalAddress;

/**
 * Reads one NDJSON line of the registry import format (see registry-sample.ndjson) into a {@link RegistryRecord},
 * or says in French why the line is refused. Checks what one line alone can tell; references to other records
 * (adhérent, cabinet) are checked against the database by the importer.
 */
public final class RecordParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 255;
    private static final int MAX_ALERTS_JSON = 4000;
    private static final Pattern NUMERO = Pattern.compile("[0-9A-Za-z]{1,20}");

    /** French texts of the identifier rules' message keys, for the API's answers. */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("cibtpIdentifierRequired", "identifiant manquant"),
            Map.entry("cibtpIdentifierFormat", "identifiant CIBTP invalide (10 chiffres, forme 29209-001-12)"),
            Map.entry("cibtpSiretRequired", "SIRET manquant"),
            Map.entry("cibtpSiretNotDigits", "SIRET invalide (chiffres uniquement)"),
            Map.entry("cibtpSiretLength", "SIRET invalide (14 chiffres attendus)"),
            Map.entry("cibtpSiretChecksum", "SIRET invalide (clé de contrôle fausse)"),
            Map.entry("cibtpSirenRequired", "SIREN manquant"),
            Map.entry("cibtpSirenNotDigits", "SIREN invalide (chiffres uniquement)"),
            Map.entry("cibtpSirenLength", "SIREN invalide (9 chiffres attendus)"),
            Map.entry("cibtpSirenChecksum", "SIREN invalide (clé de contrôle fausse)"),
            Map.entry("cibtpSalarieIdentifierRequired", "identifiant salarié manquant"),
            Map.entry("cibtpSalarieIdentifierFormat", "identifiant salarié invalide (6 à 20 lettres ou chiffres)"),
            Map.entry("cibtpCodeRequired", "code vide"),
            Map.entry("cibtpCodeFormat", "code confidentiel invalide (12 caractères, forme 7K4P-2QXM-H9TD)"));

    /** A parsed line: exactly one of record and reason is set. */
    public record Result(RegistryRecord record, String reason) {
        static Result ok(RegistryRecord record) {
            return new Result(record, null);
        }

        static Result refused(String reason) {
            return new Result(null, reason);
        }
    }

    private static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private RecordParser() {
    }

    public static Result parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Result.refused("Ligne illisible : ce n'est pas un objet JSON valide.");
        }
        if (node == null || !node.isObject()) {
            return Result.refused("Ligne illisible : un objet JSON est attendu.");
        }
        try {
            String type = text(node, "type", true);
            return Result.ok(switch (type) {
                case "cabinet" -> new RegistryRecord.CabinetRecord(identifiant(node), siret(node),
                        text(node, "raison_sociale", true), postal(node), code(node));
                case "adherent" -> new RegistryRecord.AdherentRecord(numero(node, "numero_adherent", true), siren(node),
                        text(node, "raison_sociale", true), text(node, "forme_juridique", false), cabinet(node));
                case "site" -> new RegistryRecord.SiteRecord(identifiant(node), numero(node, "numero_adherent", true),
                        siret(node), text(node, "nom", true), postal(node), alerts(node), code(node));
                case "salarie" -> salarie(node);
                default -> throw new Refused("Type inconnu « " + type + " » : attendu cabinet, adherent, site ou salarie.");
            });
        } catch (Refused refused) {
            return Result.refused(refused.getMessage());
        }
    }

    private static RegistryRecord.SalarieRecord salarie(JsonNode node) throws Refused {
        Parsed id = SalarieIdentifier.parse(text(node, "identifiant", true));
        if (!id.isValid()) {
            throw new Refused(capitalized(REASONS.get(id.errorKey())) + ".");
        }
        PostalAddress postal = postal(node);
        String nom = text(node, "nom", true);
        String prenom = text(node, "prenom", true);
        PostalAddress named = new PostalAddress(nom, prenom, postal.line1(), postal.line2(), postal.postcode(), postal.town());
        return new RegistryRecord.SalarieRecord(id.value(), named, code(node));
    }

    private static String identifiant(JsonNode node) throws Refused {
        return valid(CibtpIdentifier.parse(text(node, "identifiant", true)));
    }

    private static String cabinet(JsonNode node) throws Refused {
        String cabinet = text(node, "cabinet", false);
        return cabinet == null ? null : valid(CibtpIdentifier.parse(cabinet));
    }

    private static String siret(JsonNode node) throws Refused {
        return valid(Siret.parse(text(node, "siret", true)));
    }

    private static String siren(JsonNode node) throws Refused {
        return valid(Siren.parse(text(node, "siren", true)));
    }

    private static String code(JsonNode node) throws Refused {
        String code = text(node, "code", false);
        return code == null ? null : valid(ProvisionalCode.parse(code));
    }

    private static String numero(JsonNode node, String field, boolean required) throws Refused {
        String numero = text(node, field, required);
        if (numero != null && !NUMERO.matcher(numero).matches()) {
            throw new Refused("Champ « " + field + " » invalide : 1 à 20 lettres ou chiffres attendus.");
        }
        return numero;
    }

    private static String valid(Parsed parsed) throws Refused {
        if (!parsed.isValid()) {
            throw new Refused(capitalized(REASONS.getOrDefault(parsed.errorKey(), parsed.errorKey())) + ".");
        }
        return parsed.value();
    }

    private static PostalAddress postal(JsonNode node) throws Refused {
        JsonNode adresse = object(node, "adresse");
        JsonNode titulaire = object(node, "titulaire");
        return new PostalAddress(
                titulaire == null ? null : text(titulaire, "nom", false),
                titulaire == null ? null : text(titulaire, "prenom", false),
                adresse == null ? null : text(adresse, "ligne1", false),
                adresse == null ? null : text(adresse, "ligne2", false),
                adresse == null ? null : text(adresse, "code_postal", false),
                adresse == null ? null : text(adresse, "ville", false));
    }

    private static List<DsnAlert> alerts(JsonNode node) throws Refused {
        JsonNode alertes = node.get("alertes_dsn");
        if (alertes == null || alertes.isNull()) {
            return List.of();
        }
        if (!alertes.isArray()) {
            throw new Refused("Champ « alertes_dsn » invalide : une liste est attendue.");
        }
        if (alertes.toString().length() > MAX_ALERTS_JSON) {
            throw new Refused("Champ « alertes_dsn » trop long (" + MAX_ALERTS_JSON + " caractères au plus).");
        }
        List<DsnAlert> list = new ArrayList<>();
        for (JsonNode alert : alertes) {
            if (!alert.isObject()) {
                throw new Refused("Champ « alertes_dsn » invalide : chaque alerte a une période et un message.");
            }
            list.add(new DsnAlert(text(alert, "periode", true), text(alert, "message", true)));
        }
        return List.copyOf(list);
    }

    private static JsonNode object(JsonNode node, String field) throws Refused {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new Refused("Champ « " + field + " » invalide : un objet est attendu.");
        }
        return value;
    }

    private static String text(JsonNode node, String field, boolean required) throws Refused {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            if (required) {
                throw new Refused("Champ obligatoire manquant : « " + field + " ».");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new Refused("Champ « " + field + " » invalide : une chaîne de caractères est attendue.");
        }
        String text = value.asText().strip();
        if (text.length() > MAX_TEXT) {
            throw new Refused("Champ « " + field + " » trop long (" + MAX_TEXT + " caractères au plus).");
        }
        return text;
    }

    private static String capitalized(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
