package fr.cibtp.espace.flow;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * At most N tries an hour from one IP address for one purpose. Each try takes one of N slots that live an hour in
 * Keycloak's cluster-wide single-use store (taken atomically, so every node and parallel requests count the same
 * tries); a slot frees itself an hour after it was taken. Behind a reverse proxy, Keycloak's {@code --proxy-headers}
 * option makes the address the user's.
 */
public final class AddressLimit {

    private static final long HOUR_SECONDS = 3600;

    private final KeycloakSession session;
    private final String prefix;
    private final int perHour;

    public AddressLimit(KeycloakSession session, RealmModel realm, String purpose, String address, int perHour) {
        this.session = session;
        this.prefix = "cibtp-" + purpose + ":" + realm.getId() + ":" + address + ":";
        this.perHour = perHour;
    }

    /** Takes a free slot; null when all are taken. */
    public String take() {
        SingleUseObjectProvider slots = session.singleUseObjects();
        for (int slot = 0; slot < perHour; slot++) {
            String key = prefix + slot;
            if (slots.putIfAbsent(key, HOUR_SECONDS)) {
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
