package fr.cibtp.espace.enrollment;

import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingDefinition;

/** The limits of the enrollment and code-request pages. */
public enum EnrollmentSetting implements Setting {

    TRIES_PER_HOUR(SettingDefinition.of("enrollment-tries-per-hour", "Step 1 tries per hour from one address",
            "Identifiant/SIRET/code forms (enrollment and association step 1) accepted in an hour from one IP "
                    + "address; accepted ones give their try back. Beyond, the page asks to try again later. Behind a "
                    + "reverse proxy, start Keycloak with --proxy-headers so that the address is the user's.", "30")),
    CODE_REQUESTS_PER_HOUR(SettingDefinition.of("code-requests-per-hour", "Code requests per hour from one address",
            "\"Demande d'un nouveau code confidentiel\" requests accepted in an hour from one IP address (against floods); "
                    + "beyond, the page asks to try again later. One request per identifiant waits at a time anyway.", "10"));

    private final SettingDefinition definition;

    EnrollmentSetting(SettingDefinition definition) {
        this.definition = definition;
    }

    @Override
    public SettingDefinition definition() {
        return definition;
    }
}
