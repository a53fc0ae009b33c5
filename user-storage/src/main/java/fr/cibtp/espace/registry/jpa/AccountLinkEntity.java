package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** "Account X holds précompte P": the account that enrolled a site, cabinet or salarié record. */
@Entity(name = "CibtpAccountLink")
@Table(name = "CIBTP_ACCOUNT_LINK")
public class AccountLinkEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    String userId;

    @Column(name = "KIND", length = 10, nullable = false)
    String kind;

    @Column(name = "IDENTIFIANT", length = 20, nullable = false)
    String identifiant;

    @Column(name = "CREATED_AT", nullable = false)
    long createdAt;
}
