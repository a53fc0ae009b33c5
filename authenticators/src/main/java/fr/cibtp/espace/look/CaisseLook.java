package fr.cibtp.espace.look;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.help.HelpLinks;
import fr.cibtp.espace.settings.CibtpSettings;

/**
 * The caisse's name and logo as the pages and emails show them: a name of reasonable length, and a logo only from a
 * complete https address (a typo, a "javascript:" address, or an http one that browsers would block on an https page
 * is refused when the tab is saved).
 */
public final class CaisseLook {

    public static final String NAME = "cibtp.caisse.nom";
    public static final String LOGO = "cibtp.caisse.logo";

    static final int MAX_NAME = 120;

    private CaisseLook() {
    }

    /** French sentences for the admin console (no apostrophe: they go through MessageFormat). */
    public static List<String> refusals(CibtpSettings settings) {
        List<String> refused = new ArrayList<>();
        if (settings.string(CaisseSetting.NAME).length() > MAX_NAME) {
            refused.add("« " + CaisseSetting.NAME.key() + " » : " + MAX_NAME + " caractères au plus.");
        }
        String logo = settings.string(CaisseSetting.LOGO);
        if (!logo.isEmpty() && secureAddress(logo) == null) {
            refused.add("« " + CaisseSetting.LOGO.key() + " » : seule une adresse https:// complète est acceptée (ou rien, pour aucun logo).");
        }
        return refused;
    }

    public static Map<String, String> pageAttributes(CibtpSettings settings) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(NAME, name(settings));
        attributes.put(LOGO, logo(settings));
        return attributes;
    }

    public static String name(CibtpSettings settings) {
        String name = settings.string(CaisseSetting.NAME);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** The logo's address, or empty for none. */
    public static String logo(CibtpSettings settings) {
        String logo = secureAddress(settings.string(CaisseSetting.LOGO));
        return logo == null ? "" : logo;
    }

    private static String secureAddress(String value) {
        String address = HelpLinks.webAddress(value);
        return address != null && address.regionMatches(true, 0, "https://", 0, 8) ? address : null;
    }
}
