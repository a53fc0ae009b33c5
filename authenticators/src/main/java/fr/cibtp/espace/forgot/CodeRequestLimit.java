package fr.cibtp.espace.forgot;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * At most N code requests an hour from one IP address. The N slots of the current hour live in Keycloak's
 * cluster-wide single-use store, so every node counts the same requests.
 */
final class CodeRequestLimit {

    private static final long HOUR = 3600;

    private CodeRequestLimit() {
    }

    /** Takes a slot of this hour for the address; false when all are taken. */
    static boolean take(KeycloakSession session, RealmModel realm, String address, int perHour) {
        SingleUseObjectProvider slots = session.singleUseObjects();
        long hour = Time.currentTime() / HOUR;
        for (int slot = 0; slot < perHour; slot++) {
            if (slots.putIfAbsent("cibtp-code-request:" + realm.getId() + ":" + address + ":" + hour + ":" + slot, HOUR)) {
                return true;
            }
        }
        return false;
    }
}
