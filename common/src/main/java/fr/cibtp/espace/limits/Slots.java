package fr.cibtp.espace.limits;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * At most N tries in a rolling period for one subject (an IP address, an administrator...). Each try takes one of N
 * slots that live for the period in Keycloak's cluster-wide single-use store, taken atomically, so every node and
 * parallel requests count the same tries; a slot frees itself a period after it was taken.
 */
public final class Slots {

    private static final long HOUR_SECONDS = 3600;
    private static final long DAY_SECONDS = 24 * HOUR_SECONDS;

    private final KeycloakSession session;
    private final String prefix;
    private final int count;
    private final long lifespanSeconds;

    private Slots(KeycloakSession session, RealmModel realm, String purpose, String subject, int count, long lifespanSeconds) {
        this.session = session;
        this.prefix = "cibtp-" + purpose + ":" + realm.getId() + ":" + subject + ":";
        this.count = count;
        this.lifespanSeconds = lifespanSeconds;
    }

    /**
     * Tries from one IP address in an hour. Behind a reverse proxy, Keycloak's {@code --proxy-headers} option makes
     * the address the user's.
     */
    public static Slots perAddressAndHour(KeycloakSession session, RealmModel realm, String purpose, int perHour) {
        return new Slots(session, realm, purpose, session.getContext().getConnection().getRemoteAddr(), perHour, HOUR_SECONDS);
    }

    public static Slots perDay(KeycloakSession session, RealmModel realm, String purpose, String subject, int perDay) {
        return new Slots(session, realm, purpose, subject, perDay, DAY_SECONDS);
    }

    /** Takes a free slot; null when all are taken. */
    public String take() {
        SingleUseObjectProvider slots = session.singleUseObjects();
        for (int slot = 0; slot < count; slot++) {
            String key = prefix + slot;
            if (slots.putIfAbsent(key, lifespanSeconds)) {
                return key;
            }
        }
        return null;
    }

    /** Gives a slot back, for a try that turned out to be legitimate. */
    public void giveBack(String slot) {
        if (slot != null) {
            session.singleUseObjects().remove(slot);
        }
    }
}
