package fr.cibtp.espace.delegation.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A delegation of rights on a site; collèges "ouvrier,etam", modes "feature=mode,..." (the catalogue's keys). */
@Entity(name = "CibtpDelegation")
@Table(name = "CIBTP_DELEGATION")
public class DelegationEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "SITE", length = 12, nullable = false)
    String site;

    @Column(name = "GRANTEE_ID", length = 36, nullable = false)
    String granteeId;

    @Column(name = "GRANTOR_ID", length = 36)
    String grantorId;

    @Column(name = "PARENT_ID", length = 36)
    String parentId;

    @Column(name = "VIA_CABINET", length = 12)
    String viaCabinet;

    @Column(name = "ADMIN", nullable = false)
    boolean admin;

    @Column(name = "COLLEGES", length = 64, nullable = false)
    String colleges;

    @Column(name = "MODES", length = 1024, nullable = false)
    String modes;

    @Column(name = "EFFET", nullable = false)
    LocalDate effet;

    @Column(name = "FIN")
    LocalDate fin;

    @Column(name = "CLOSED_AT")
    Long closedAt;

    @Column(name = "CREATED_AT", nullable = false)
    long createdAt;
}
