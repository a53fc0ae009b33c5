package fr.cibtp.espace.sitechoice;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A DSN alert's period as the guide writes it: the registry sends "2022-10", the chooser shows "DSN Octobre 2022"
 * ("DSN October 2022" in English), the month named in the page's language.
 */
final class DsnPeriod {

    private DsnPeriod() {
    }

    /** "Octobre 2022" for "2022-10"; a period in another form is shown as the registry sent it. */
    static String label(String periode, Locale locale) {
        if (periode == null) {
            return "";
        }
        try {
            YearMonth month = YearMonth.parse(periode.strip());
            String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
            return name.substring(0, 1).toUpperCase(locale) + name.substring(1) + " " + month.getYear();
        } catch (DateTimeParseException e) {
            return periode.strip();
        }
    }
}
