package fr.cibtp.espace.upgrade;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** What a {@link RealmChange} works on: the realm being upgraded, in the upgrade's transaction, and the shipped file. */
public record UpgradeContext(KeycloakSession session, RealmModel realm, ShippedRealm shipped) {
}
