package fr.cibtp.espace.delegation.invitation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many accounts a realm invited on one caisse day: the realm-wide cap's counter. */
@Entity(name = "CibtpInvitationDay")
@Table(name = "CIBTP_INVITATION_DAY")
public class InvitationDayEntity {

    /** The realm's id and the day, {@code realm/2026-12-04}. */
    @Id
    @Column(name = "ID", length = 48)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "CAISSE_DAY", nullable = false)
    LocalDate day;

    @Column(name = "INVITED", nullable = false)
    int invited;
}
