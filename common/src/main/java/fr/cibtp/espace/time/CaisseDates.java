package fr.cibtp.espace.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A date as its reader writes it: "5 décembre 2026", "5 December 2026", never the ISO form. */
public final class CaisseDates {

    private CaisseDates() {
    }

    public static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /**
     * The language a user reads, without a request to ask (a daily job's mail): the one the account chose, else the
     * realm's default, else French.
     */
    public static Locale readerLocale(RealmModel realm, UserModel user) {
        String chosen = user.getFirstAttribute(UserModel.LOCALE);
        if (chosen != null && !chosen.isBlank() && realm.isInternationalizationEnabled()) {
            return Locale.forLanguageTag(chosen);
        }
        String realmDefault = realm.getDefaultLocale();
        return Locale.forLanguageTag(realmDefault == null || realmDefault.isBlank() ? "fr" : realmDefault);
    }
}
