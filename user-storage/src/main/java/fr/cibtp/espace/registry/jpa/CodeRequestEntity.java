package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A "Recevoir mon code confidentiel par courrier" request, queued for the caisse's next mail merge. */
@Entity(name = "CibtpCodeRequest")
@Table(name = "CIBTP_CODE_REQUEST")
public class CodeRequestEntity {

    public static final String WAITING = "en_attente";
    public static final String DONE = "traitee";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "IDENTIFIANT", length = 20, nullable = false)
    String identifiant;

    @Column(name = "STATUS", length = 12, nullable = false)
    String status;

    @Column(name = "REQUESTED_AT", nullable = false)
    long requestedAt;

    @Column(name = "PROCESSED_AT")
    Long processedAt;
}
