package fr.cibtp.espace.sms.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One SMS handed to the operator: what the hourly limits count, on every cluster node alike. */
@Entity(name = "CibtpSmsSend")
@Table(name = "CIBTP_SMS_SEND")
public class SmsSendEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "PHONE_NUMBER", length = 20, nullable = false)
    String number;

    @Column(name = "USER_ID", length = 36)
    String userId;

    @Column(name = "SENT_AT", nullable = false)
    long sentAt;
}
