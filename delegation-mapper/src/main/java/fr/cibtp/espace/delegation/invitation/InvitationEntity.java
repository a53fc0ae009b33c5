package fr.cibtp.espace.delegation.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account made by an invitation, until it activates or expires. */
@Entity(name = "CibtpInvitation")
@Table(name = "CIBTP_INVITATION")
public class InvitationEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    String userId;

    @Column(name = "SITE", length = 12, nullable = false)
    String site;

    @Column(name = "GRANTOR_ID", length = 36, nullable = false)
    String grantorId;

    @Column(name = "INVITED_AT", nullable = false)
    long invitedAt;
}
