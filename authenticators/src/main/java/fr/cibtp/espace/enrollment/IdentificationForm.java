package fr.cibtp.espace.enrollment;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.cibtp.espace.identifiers.CibtpIdentifier;
import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.identifiers.ProvisionalCode;
import fr.cibtp.espace.identifiers.SalarieIdentifier;
import fr.cibtp.espace.identifiers.Siret;

/**
 * Step 1/2 as typed: identifiant + SIRET + code (entreprise) or identifiant + code (salarié). Says per field what is
 * wrong with its format; whether the three match the registry is the registry's answer, not this form's.
 */
public final class IdentificationForm {

    public static final String IDENTIFIANT = "identifiant";
    public static final String SIRET = "siret";
    public static final String CODE = "code";

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final String identifiant;
    private final String siret;

    private IdentificationForm(boolean salarie, String typedIdentifiant, String typedSiret, String typedCode) {
        identifiant = check(IDENTIFIANT, salarie ? SalarieIdentifier.parse(typedIdentifiant) : CibtpIdentifier.parse(typedIdentifiant));
        siret = salarie ? null : check(SIRET, Siret.parse(typedSiret));
        check(CODE, ProvisionalCode.parse(typedCode));
    }

    public static IdentificationForm entreprise(String identifiant, String siret, String code) {
        return new IdentificationForm(false, identifiant, siret, code);
    }

    public static IdentificationForm salarie(String identifiant, String code) {
        return new IdentificationForm(true, identifiant, null, code);
    }

    private String check(String field, Parsed parsed) {
        if (!parsed.isValid()) {
            errors.put(field, parsed.errorKey());
        }
        return parsed.value();
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Field name to message key, in the order of the page. */
    public Map<String, String> errors() {
        return errors;
    }

    /** The identifiant in its stored form, when valid. */
    public String identifiant() {
        return identifiant;
    }

    public String siret() {
        return siret;
    }
}
