package fr.cibtp.espace.sms.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row per number and per account that SMS went to: the row the hourly count locks, so that parallel requests
 * for one number or one account count and reserve their sends one after the other, on every node.
 */
@Entity(name = "CibtpSmsLimit")
@Table(name = "CIBTP_SMS_LIMIT")
public class SmsLimitEntity {

    /** {@code realm id|number:+33612345678} or {@code realm id|user:id}. */
    @Id
    @Column(name = "ID", length = 100)
    String id;
}
