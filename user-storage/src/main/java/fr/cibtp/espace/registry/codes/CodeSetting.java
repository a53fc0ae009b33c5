package fr.cibtp.espace.registry.codes;

import java.time.Duration;

import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingDefinition;

/** The provisional codes' settings (admin console, Realm settings, tab "CIBTP"). */
public enum CodeSetting implements Setting {

    LIFETIME_DAYS(SettingDefinition.of("code-lifetime-days", "Provisional code lifetime (days)",
            "Days a provisional confidential code stays valid after it is issued.", "90")),
    MAX_WRONG(SettingDefinition.of("code-max-wrong", "Wrong codes before a lock",
            "Wrong codes typed from one address (IPv6: one /64) with the right identifiant and SIRET (salarié: "
                    + "identifier) after which the précompte's code is locked for a while for that address; each further "
                    + "series locks it again, twice as long. Other addresses, the holder's among them, are not locked. "
                    + "Tries with a wrong SIRET or an unknown identifiant never lock anything.", "5")),
    LOCK_MINUTES(SettingDefinition.of("code-lock-minutes", "First code lock (minutes)",
            "Minutes of the first temporary lock; each next one lasts twice as long.", "15")),
    TEMPORARY_LOCKS(SettingDefinition.of("code-temporary-locks", "Temporary code locks before a permanent one",
            "Temporary locks after which the next series of wrong codes locks the précompte's code for that address "
                    + "until a new code is issued. With the defaults: locked 15, 30 then 60 minutes, and for good at the "
                    + "20th wrong code from one address.",
            "3")),
    HASH_ITERATIONS(SettingDefinition.of("code-hash-iterations", "Provisional code hash iterations",
            "PBKDF2-SHA512 iterations of the stored code hashes. Codes carry about 59 random bits and lock after a "
                    + "few tries, so fewer iterations than for passwords keep the issuance of thousands of codes fast.",
            "20000"));

    private final SettingDefinition definition;

    CodeSetting(SettingDefinition definition) {
        this.definition = definition;
    }

    @Override
    public SettingDefinition definition() {
        return definition;
    }

    public static Duration lifetime(CibtpSettings settings) {
        return Duration.ofDays(settings.positive(LIFETIME_DAYS));
    }

    public static CodeLockPolicy lockPolicy(CibtpSettings settings) {
        return new CodeLockPolicy(settings.positive(MAX_WRONG), Duration.ofMinutes(settings.positive(LOCK_MINUTES)),
                settings.positive(TEMPORARY_LOCKS));
    }
}
