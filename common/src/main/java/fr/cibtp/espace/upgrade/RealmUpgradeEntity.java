package fr.cibtp.espace.upgrade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A release whose realm changes were applied to a realm: when, by which build, and what changed. */
@Entity(name = "CibtpRealmUpgrade")
@Table(name = "CIBTP_REALM_UPGRADE")
public class RealmUpgradeEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "VERSION", length = 32, nullable = false)
    String version;

    /** Epoch milliseconds. */
    @Column(name = "APPLIED_AT", nullable = false)
    long appliedAt;

    /** The extensions' build that applied it (its jar version). */
    @Column(name = "APPLIED_BY", length = 64, nullable = false)
    String appliedBy;

    /** One line per change made; empty when the realm already had them all. */
    @Column(name = "CHANGES", length = 4000)
    String changes;
}
