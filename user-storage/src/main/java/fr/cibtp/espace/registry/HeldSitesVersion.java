package fr.cibtp.espace.registry;

import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * A stamp of what the registry says of its sites (names, raisons sociales, SIRETs) and of who holds them, kept as a
 * realm attribute: Keycloak caches the realm on every node and drops that copy on all of them when it changes, so a
 * token refresh can tell without asking the database whether what a user session keeps of a held site is still true.
 * An import that renames a site or an adhérent moves it on once, at its end; so does every holder link removed.
 * Both are rare: each moves every session's copy on, and each session reads its site again once.
 */
public final class HeldSitesVersion {

    static final String ATTRIBUTE = "cibtp.heldSitesVersion";

    private HeldSitesVersion() {
    }

    public static String of(RealmModel realm) {
        String version = realm.getAttribute(ATTRIBUTE);
        return version == null ? "0" : version;
    }

    public static void advance(RealmModel realm) {
        realm.setAttribute(ATTRIBUTE, KeycloakModelUtils.generateId());
    }
}
