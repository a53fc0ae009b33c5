package fr.cibtp.espace.help;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import fr.cibtp.espace.settings.CibtpSettings;

/**
 * The help links' rules: only http(s) addresses and phone numbers reach a page (an admin typo or a "javascript:"
 * address is refused when the tab is saved), and the realm attributes the templates read them from.
 */
public final class HelpLinks {

    /** Typed in a setting, hides its link. */
    public static final String HIDDEN = "-";
    public static final String GUIDE_ENTREPRISE = "cibtp.help.guide-entreprise";
    public static final String GUIDE_SALARIE = "cibtp.help.guide-salarie";
    public static final String CABINET_TUTORIAL = "cibtp.help.tutoriel-cabinet";
    public static final String PHONE = "cibtp.help.telephone";
    public static final String PHONE_LINK = "cibtp.help.telephone-lien";

    private static final Pattern PHONE_SHOWN = Pattern.compile("\\+?[0-9][0-9 .\\-]{5,24}");
    private static final int MAX_URL = 500;

    private HelpLinks() {
    }

    /** French sentences for the admin console, one per refused value (no apostrophe: they go through MessageFormat). */
    public static List<String> refusals(CibtpSettings settings) {
        List<String> refused = new ArrayList<>();
        for (HelpSetting link : new HelpSetting[]{HelpSetting.GUIDE_ENTREPRISE, HelpSetting.GUIDE_SALARIE, HelpSetting.CABINET_TUTORIAL}) {
            String value = settings.string(link);
            if (!HIDDEN.equals(value) && webAddress(value) == null) {
                refused.add("« " + link.key() + " » : seule une adresse http:// ou https:// complète est acceptée (ou - pour masquer le lien).");
            }
        }
        String phone = settings.string(HelpSetting.PHONE);
        if (!HIDDEN.equals(phone) && telLink(phone) == null) {
            refused.add("« " + HelpSetting.PHONE.key() + " » : seuls des chiffres, espaces, points, tirets et un + au début sont acceptés (ou - pour masquer le numéro).");
        }
        return refused;
    }

    /** The realm attributes the pages read; empty (removed) for a hidden or refused value. */
    public static Map<String, String> pageAttributes(CibtpSettings settings) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(GUIDE_ENTREPRISE, orEmpty(webAddress(settings.string(HelpSetting.GUIDE_ENTREPRISE))));
        attributes.put(GUIDE_SALARIE, orEmpty(webAddress(settings.string(HelpSetting.GUIDE_SALARIE))));
        attributes.put(CABINET_TUTORIAL, orEmpty(webAddress(settings.string(HelpSetting.CABINET_TUTORIAL))));
        String phone = settings.string(HelpSetting.PHONE).strip();
        String link = telLink(phone);
        attributes.put(PHONE, link == null ? "" : phone);
        attributes.put(PHONE_LINK, orEmpty(link));
        return attributes;
    }

    /** The address if it is a complete http(s) one, else null. */
    public static String webAddress(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_URL) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && uri.getRawUserInfo() == null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** "tel:+33383934343" for "03 83 93 43 43" (a French number without its country code), else null. */
    static String telLink(String shown) {
        if (shown == null || !PHONE_SHOWN.matcher(shown.strip()).matches()) {
            return null;
        }
        String digits = shown.replaceAll("[^0-9]", "");
        if (shown.strip().startsWith("+")) {
            return "tel:+" + digits;
        }
        if (digits.length() == 10 && digits.startsWith("0")) {
            return "tel:+33" + digits.substring(1);
        }
        return "tel:" + digits;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
