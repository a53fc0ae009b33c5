package fr.cibtp.espace.sms.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The SMS sent in the last hours, kept in Keycloak's database so that every node counts the same sends. A send is
 * reserved before the operator is called: the number's and the account's rows are locked, the last hour counted and
 * the send written, all in the request's transaction, so N parallel requests send at most the hourly limit.
 */
public final class SmsSendLog {

    private static final long HOUR = 3_600_000L;
    private static final long KEPT = 24 * HOUR;

    private final KeycloakSession session;
    private final EntityManager em;

    public SmsSendLog(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** Reserves one send to the number for the account (or none yet); false when either had its hourly limit. */
    public boolean reserve(RealmModel realm, String number, String userId, long now, int maxPerHour) {
        lock(realm.getId() + "|number:" + number);
        if (userId != null) {
            lock(realm.getId() + "|user:" + userId);
        }
        if (toNumberInLastHour(realm, number, now) >= maxPerHour
                || (userId != null && forUserInLastHour(realm, userId, now) >= maxPerHour)) {
            return false;
        }
        SmsSendEntity sent = new SmsSendEntity();
        sent.id = KeycloakModelUtils.generateId();
        sent.realmId = realm.getId();
        sent.number = number;
        sent.userId = userId;
        sent.sentAt = now;
        em.persist(sent);
        em.createQuery("delete from CibtpSmsSend s where s.sentAt < :old").setParameter("old", now - KEPT).executeUpdate();
        em.flush();
        return true;
    }

    /** Locks the row of a number or an account until this request ends, creating it on its first SMS. */
    private void lock(String id) {
        if (em.find(SmsLimitEntity.class, id) == null) {
            try {
                // In a transaction of its own, so that a parallel request creating the same row fails alone.
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), created -> {
                    SmsLimitEntity row = new SmsLimitEntity();
                    row.id = id;
                    created.getProvider(JpaConnectionProvider.class).getEntityManager().persist(row);
                });
            } catch (RuntimeException e) {
                // Another request created it first: it exists, which is all we need.
            }
        }
        em.find(SmsLimitEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private long toNumberInLastHour(RealmModel realm, String number, long now) {
        return em.createQuery("select count(s) from CibtpSmsSend s where s.number = :number and s.realmId = :realm "
                        + "and s.sentAt > :since", Long.class)
                .setParameter("number", number).setParameter("realm", realm.getId()).setParameter("since", now - HOUR)
                .getSingleResult();
    }

    private long forUserInLastHour(RealmModel realm, String userId, long now) {
        return em.createQuery("select count(s) from CibtpSmsSend s where s.userId = :user and s.realmId = :realm "
                        + "and s.sentAt > :since", Long.class)
                .setParameter("user", userId).setParameter("realm", realm.getId()).setParameter("since", now - HOUR)
                .getSingleResult();
    }
}
