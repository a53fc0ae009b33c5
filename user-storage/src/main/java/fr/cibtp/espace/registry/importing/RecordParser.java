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
 * or says why the line is refused: an {@link ImportReason}, whose sentence is in the bundles. Checks what one line
 * alone can tell; references to other records (adhérent, cabinet) are checked against the database by the importer.
 */
public final class RecordParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    // The limits go into the reasons as text: MessageFormat would write a number French-style, 4000 as "4 000".
    private static final int MAX_TEXT = 255;
    private static final int MAX_ALERTS_JSON = 4000;
    private static final Pattern NUMERO = Pattern.compile("[0-9A-Za-z]{1,20}");

    /** The import's reason for each identifier rule's message key (the sign-in pages word those keys for a user). */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("cibtpIdentifierRequired", "cibtpImport_identifierRequired"),
            Map.entry("cibtpIdentifierFormat", "cibtpImport_identifierFormat"),
            Map.entry("cibtpSiretRequired", "cibtpImport_siretRequired"),
            Map.entry("cibtpSiretNotDigits", "cibtpImport_siretNotDigits"),
            Map.entry("cibtpSiretLength", "cibtpImport_siretLength"),
            Map.entry("cibtpSiretChecksum", "cibtpImport_siretChecksum"),
            Map.entry("cibtpSirenRequired", "cibtpImport_sirenRequired"),
            Map.entry("cibtpSirenNotDigits", "cibtpImport_sirenNotDigits"),
            Map.entry("cibtpSirenLength", "cibtpImport_sirenLength"),
            Map.entry("cibtpSirenChecksum", "cibtpImport_sirenChecksum"),
            Map.entry("cibtpSalarieIdentifierRequired", "cibtpImport_salarieIdentifierRequired"),
            Map.entry("cibtpSalarieIdentifierFormat", "cibtpImport_salarieIdentifierFormat"),
            Map.entry("cibtpCodeRequired", "cibtpImport_codeRequired"),
            Map.entry("cibtpCodeFormat", "cibtpImport_codeFormat"));

    /** A parsed line: exactly one of record and reason is set. */
    public record Result(RegistryRecord record, ImportReason reason) {
        static Result ok(RegistryRecord record) {
            return new Result(record, null);
        }

        static Result refused(ImportReason reason) {
            return new Result(null, reason);
        }
    }

    private static final class Refused extends Exception {
        private final transient ImportReason reason;

        Refused(String key, Object... params) {
            super(key, null, false, false);
            this.reason = ImportReason.of(key, params);
        }
    }

    private RecordParser() {
    }

    public static Result parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Result.refused(ImportReason.of("cibtpImport_unreadable"));
        }
        if (node == null || !node.isObject()) {
            return Result.refused(ImportReason.of("cibtpImport_notAnObject"));
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
                default -> throw new Refused("cibtpImport_unknownType", type);
            });
        } catch (Refused refused) {
            return Result.refused(refused.reason);
        }
    }

    private static RegistryRecord.SalarieRecord salarie(JsonNode node) throws Refused {
        Parsed id = SalarieIdentifier.parse(text(node, "identifiant", true));
        if (!id.isValid()) {
            throw invalid(id);
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
            throw new Refused("cibtpImport_numeroFormat", field);
        }
        return numero;
    }

    private static String valid(Parsed parsed) throws Refused {
        if (!parsed.isValid()) {
            throw invalid(parsed);
        }
        return parsed.value();
    }

    private static Refused invalid(Parsed parsed) {
        String key = REASONS.get(parsed.errorKey());
        // A rule added to the identifiers before its reason here still says which rule refused the value.
        return key != null ? new Refused(key) : new Refused("cibtpImport_otherRule", capitalized(parsed.errorKey()));
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
            throw new Refused("cibtpImport_alertsNotAList");
        }
        if (alertes.toString().length() > MAX_ALERTS_JSON) {
            throw new Refused("cibtpImport_alertsTooLong", String.valueOf(MAX_ALERTS_JSON));
        }
        List<DsnAlert> list = new ArrayList<>();
        for (JsonNode alert : alertes) {
            if (!alert.isObject()) {
                throw new Refused("cibtpImport_alertNotAnObject");
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
            throw new Refused("cibtpImport_objectExpected", field);
        }
        return value;
    }

    private static String text(JsonNode node, String field, boolean required) throws Refused {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            if (required) {
                throw new Refused("cibtpImport_required", field);
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new Refused("cibtpImport_textExpected", field);
        }
        String text = value.asText().strip();
        if (text.length() > MAX_TEXT) {
            throw new Refused("cibtpImport_tooLong", field, String.valueOf(MAX_TEXT));
        }
        return text;
    }

    private static String capitalized(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
