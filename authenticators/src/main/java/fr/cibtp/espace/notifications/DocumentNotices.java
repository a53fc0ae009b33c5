package fr.cibtp.espace.notifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How a user wants to be told of new documents in their space ("Notification des documents"): by email, by SMS,
 * both or neither. SMS only with a certified mobile: a choice of SMS without one is not kept.
 */
public final class DocumentNotices {

    /** The user attribute, one value per channel; given to the portals in userinfo ({@code docs/cibtp-claim.md}). */
    public static final String ATTRIBUTE = "documentNotifications";
    public static final String EMAIL = "email";
    public static final String SMS = "sms";

    private DocumentNotices() {
    }

    /** The channels kept from what was asked: known ones only, in a fixed order, SMS only with a certified mobile. */
    public static List<String> kept(Collection<String> asked, boolean certifiedMobile) {
        List<String> kept = new ArrayList<>();
        if (asked.contains(EMAIL)) {
            kept.add(EMAIL);
        }
        if (asked.contains(SMS) && certifiedMobile) {
            kept.add(SMS);
        }
        return kept;
    }
}
