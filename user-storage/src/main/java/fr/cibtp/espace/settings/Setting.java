package fr.cibtp.espace.settings;

import java.util.List;
import java.util.Map;

import org.keycloak.provider.ProviderConfigProperty;

/** Every tunable of the CIBTP extensions, with its admin-console label, help text and default. */
public enum Setting {

    CODE_LIFETIME_DAYS("code-lifetime-days", "Provisional code lifetime (days)",
            "Days a provisional confidential code stays valid after it is issued.", "90"),
    MAX_WRONG_CODES("code-max-wrong", "Wrong codes before a lock",
            "Wrong codes typed with the right identifiant and SIRET (salarié: identifier) after which a précompte is "
                    + "locked for a while; each further series locks it again, twice as long. Tries with a wrong "
                    + "SIRET or an unknown identifiant never lock anything.", "5"),
    CODE_LOCK_MINUTES("code-lock-minutes", "First code lock (minutes)",
            "Minutes of the first temporary lock; each next one lasts twice as long.", "15"),
    CODE_TEMPORARY_LOCKS("code-temporary-locks", "Temporary code locks before a permanent one",
            "Temporary locks after which the next series of wrong codes locks the précompte until a new code is "
                    + "issued. With the defaults: locked 15, 30 then 60 minutes, and for good at the 20th wrong code.",
            "3"),
    ENROLLMENT_TRIES_PER_HOUR("enrollment-tries-per-hour", "Step 1 tries per hour from one address",
            "Identifiant/SIRET/code forms (enrollment and association step 1) accepted in an hour from one IP "
                    + "address; accepted ones give their try back. Beyond, the page asks to try again later. Behind a "
                    + "reverse proxy, start Keycloak with --proxy-headers so that the address is the user's.", "30"),
    CODE_HASH_ITERATIONS("code-hash-iterations", "Provisional code hash iterations",
            "PBKDF2-SHA512 iterations of the stored code hashes. Codes carry about 59 random bits and lock after a "
                    + "few tries, so fewer iterations than for passwords keep the issuance of thousands of codes fast.",
            "20000"),
    CODE_REQUESTS_PER_HOUR("code-requests-per-hour", "Code requests per hour from one address",
            "\"Demande d'un nouveau code confidentiel\" requests accepted in an hour from one IP address (against floods); "
                    + "beyond, the page asks to try again later. One request per identifiant waits at a time anyway.", "10"),
    INVITATIONS_PER_DAY("invitations-per-day", "Invitations by one administrator in 24 hours",
            "New accounts one administrator may invite by delegating to unknown email addresses in 24 hours (against "
                    + "using the invitation as a mail cannon); delegations to existing accounts are not counted.", "30"),
    EMAIL_RECERTIFICATION_DAYS("email-recertification-days", "Email re-certification period (days)",
            "Days after which an account must certify its email address again by clicking a link; until then it gets "
                    + "no token. Activation, reset by email link and email change each count as a certification.", "365"),
    EMAIL_RECERTIFICATION_GRACE_DAYS("email-recertification-grace-days", "Email re-certification grace (days)",
            "Days after the period during which the user still signs in, with a notice and a new link, before "
                    + "being blocked. 0: blocked as soon as the period is over.", "0"),

    SMS_GATEWAY("sms-gateway", "SMS gateway",
            "Who sends the SMS codes: none (SMS steps say SMS is unavailable), log (development only: writes the "
                    + "messages, codes included, to data/sms-outbox.log under the Keycloak home; the server log only "
                    + "says that an SMS went there), http (any operator with an "
                    + "HTTP API, set below) or brevo (Brevo transactional SMS).", "none", List.of("none", "log", "http", "brevo")),
    SMS_COUNTRIES("sms-countries", "SMS country codes allowed",
            "Comma-separated calling codes of the numbers that may receive SMS (against SMS pumping). Default: France "
                    + "and its overseas departments and territories.", "33,262,508,590,594,596,681,687,689"),
    SMS_CODE_DIGITS("sms-code-digits", "SMS code: digits", "Digits of the codes sent by SMS.", "6"),
    SMS_CODE_LIFETIME_SECONDS("sms-code-lifetime-seconds", "SMS code: lifetime (seconds)",
            "Seconds a code sent by SMS stays valid (600 = 10 minutes).", "600"),
    SMS_CODE_MAX_TRIES("sms-code-max-tries", "SMS code: tries",
            "Wrong tries after which a new code must be sent.", "3"),
    SMS_RESEND_SECONDS("sms-resend-seconds", "SMS code: seconds before a new code",
            "Seconds before the user may ask for another code.", "60"),
    SMS_MAX_PER_HOUR("sms-max-per-hour", "SMS: sends per hour",
            "SMS sent at most in an hour to one number, and at most for one account (against SMS pumping).", "5"),
    SMS_HTTP_URL("sms-http-url", "HTTP gateway: URL", "Address the http gateway sends each SMS to.", ""),
    SMS_HTTP_METHOD("sms-http-method", "HTTP gateway: method", "HTTP method of the request.", "POST",
            List.of("POST", "PUT")),
    SMS_HTTP_HEADERS("sms-http-headers", "HTTP gateway: headers",
            "Extra request headers, one 'Name: value' per line (e.g. the operator's API key). Stored as a secret; "
                    + "cleared when the URL changes, so type it again with a new URL.", "",
            null, true),
    SMS_HTTP_CONTENT_TYPE("sms-http-content-type", "HTTP gateway: body type",
            "application/json or application/x-www-form-urlencoded; ${number} and ${text} in the body template are "
                    + "escaped for it.", "application/json",
            List.of("application/json", "application/x-www-form-urlencoded")),
    SMS_HTTP_BODY("sms-http-body", "HTTP gateway: body template",
            "Request body; ${number} is replaced by the number in E.164 (+33612345678) and ${text} by the message.",
            "{\"to\":\"${number}\",\"text\":\"${text}\"}"),
    SMS_HTTP_TIMEOUT_MS("sms-http-timeout-ms", "HTTP gateway: timeout (ms)",
            "How long to wait for the operator before telling the user the SMS could not be sent.", "5000"),
    SMS_HTTP_SUCCESS("sms-http-success", "HTTP gateway: success statuses",
            "HTTP statuses that mean the SMS was accepted, as a range (200-299) or a list (200,202).", "200-299"),
    SMS_BREVO_API_KEY("sms-brevo-api-key", "Brevo: API key",
            "The account's API key. Stored as a secret; cleared when the API address changes.", "",
            null, true),
    SMS_BREVO_SENDER("sms-brevo-sender", "Brevo: sender name",
            "Sender shown on the phone (3 to 11 letters or digits).", "CIBTP"),
    SMS_BREVO_URL("sms-brevo-url", "Brevo: API address",
            "Brevo's transactional SMS endpoint; change it only to reach a test stand-in.",
            "https://api.brevo.com/v3/transactionalSMS/sms");

    private final String key;
    private final String label;
    private final String helpText;
    private final String defaultValue;
    private final List<String> options;
    private final boolean secret;

    Setting(String key, String label, String helpText, String defaultValue) {
        this(key, label, helpText, defaultValue, null, false);
    }

    Setting(String key, String label, String helpText, String defaultValue, List<String> options) {
        this(key, label, helpText, defaultValue, options, false);
    }

    Setting(String key, String label, String helpText, String defaultValue, List<String> options, boolean secret) {
        this.key = key;
        this.label = label;
        this.helpText = helpText;
        this.defaultValue = defaultValue;
        this.options = options;
        this.secret = secret;
    }

    /** The secrets sent to an address: changing the address clears them. */
    static Map<Setting, Setting> secretsOfAddresses() {
        return Map.of(SMS_HTTP_URL, SMS_HTTP_HEADERS, SMS_BREVO_URL, SMS_BREVO_API_KEY);
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    ProviderConfigProperty toProperty() {
        String help = defaultValue.isEmpty() ? helpText : helpText + " Default: " + defaultValue + ".";
        ProviderConfigProperty property = new ProviderConfigProperty(key, label, help,
                options != null ? ProviderConfigProperty.LIST_TYPE
                        : secret ? ProviderConfigProperty.PASSWORD : ProviderConfigProperty.STRING_TYPE, defaultValue);
        if (options != null) {
            property.setOptions(options);
        }
        property.setSecret(secret);
        return property;
    }
}
