package fr.cibtp.espace.sms;

import java.util.List;
import java.util.Map;

import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingDefinition;

/** The SMS codes and the operator that sends them. */
public enum SmsSetting implements Setting {

    GATEWAY(SettingDefinition.choice("sms-gateway", "SMS gateway",
            "Who sends the SMS codes: none (SMS steps say SMS is unavailable), log (development only: writes the "
                    + "messages, codes included, to data/sms-outbox.log under the Keycloak home; the server log only "
                    + "says that an SMS went there), http (any operator with an "
                    + "HTTP API, set below) or brevo (Brevo transactional SMS).", "none", List.of("none", "log", "http", "brevo"))),
    COUNTRIES(SettingDefinition.of("sms-countries", "SMS country codes allowed",
            "Comma-separated calling codes of the numbers that may receive SMS (against SMS pumping). Default: France "
                    + "and its overseas departments and territories.", "33,262,508,590,594,596,681,687,689")),
    CODE_DIGITS(SettingDefinition.of("sms-code-digits", "SMS code: digits", "Digits of the codes sent by SMS.", "6")),
    CODE_LIFETIME_SECONDS(SettingDefinition.of("sms-code-lifetime-seconds", "SMS code: lifetime (seconds)",
            "Seconds a code sent by SMS stays valid (600 = 10 minutes).", "600")),
    CODE_MAX_TRIES(SettingDefinition.of("sms-code-max-tries", "SMS code: tries",
            "Wrong tries after which a new code must be sent.", "3")),
    RESEND_SECONDS(SettingDefinition.of("sms-resend-seconds", "SMS code: seconds before a new code",
            "Seconds before the user may ask for another code.", "60")),
    MAX_PER_HOUR(SettingDefinition.of("sms-max-per-hour", "SMS: sends per hour",
            "SMS sent at most in an hour to one number, and at most for one account (against SMS pumping).", "5")),
    STEP_UP_SENDS(SettingDefinition.of("sms-step-up-sends", "SMS step-up: codes per sign-in",
            "Codes one sign-in may have sent when a portal asks for the SMS level (acr_values=sms): each is sent on the "
                    + "user's click, never when the page opens, so reloading a page with a stolen password spends nothing.",
            "3")),
    HTTP_URL(SettingDefinition.of("sms-http-url", "HTTP gateway: URL", "Address the http gateway sends each SMS to.", "")),
    HTTP_METHOD(SettingDefinition.choice("sms-http-method", "HTTP gateway: method", "HTTP method of the request.", "POST",
            List.of("POST", "PUT"))),
    HTTP_HEADERS(SettingDefinition.secret("sms-http-headers", "HTTP gateway: headers",
            "Extra request headers, one 'Name: value' per line (e.g. the operator's API key). Stored as a secret; "
                    + "cleared when the URL changes, so type it again with a new URL.", "")),
    HTTP_CONTENT_TYPE(SettingDefinition.choice("sms-http-content-type", "HTTP gateway: body type",
            "application/json or application/x-www-form-urlencoded; ${number} and ${text} in the body template are "
                    + "escaped for it.", "application/json",
            List.of("application/json", "application/x-www-form-urlencoded"))),
    HTTP_BODY(SettingDefinition.of("sms-http-body", "HTTP gateway: body template",
            "Request body; ${number} is replaced by the number in E.164 (+33612345678) and ${text} by the message.",
            "{\"to\":\"${number}\",\"text\":\"${text}\"}")),
    HTTP_TIMEOUT_MS(SettingDefinition.of("sms-http-timeout-ms", "HTTP gateway: timeout (ms)",
            "How long to wait for the operator before telling the user the SMS could not be sent.", "5000")),
    HTTP_SUCCESS(SettingDefinition.of("sms-http-success", "HTTP gateway: success statuses",
            "HTTP statuses that mean the SMS was accepted, as a range (200-299) or a list (200,202).", "200-299")),
    BREVO_API_KEY(SettingDefinition.secret("sms-brevo-api-key", "Brevo: API key",
            "The account's API key. Stored as a secret; cleared when the API address changes.", "")),
    BREVO_SENDER(SettingDefinition.of("sms-brevo-sender", "Brevo: sender name",
            "Sender shown on the phone (3 to 11 letters or digits).", "CIBTP")),
    BREVO_URL(SettingDefinition.of("sms-brevo-url", "Brevo: API address",
            "Brevo's transactional SMS endpoint; change it only to reach a test stand-in.",
            "https://api.brevo.com/v3/transactionalSMS/sms"));

    private final SettingDefinition definition;

    SmsSetting(SettingDefinition definition) {
        this.definition = definition;
    }

    @Override
    public SettingDefinition definition() {
        return definition;
    }

    /** The secrets sent to an address: changing the address clears them. */
    public static Map<Setting, Setting> secretsOfAddresses() {
        return Map.of(HTTP_URL, HTTP_HEADERS, BREVO_URL, BREVO_API_KEY);
    }
}
