package fr.cibtp.espace.sms;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** The SMS sent in the last hours, kept in Keycloak's database so that every node counts the same sends. */
final class SmsSendLog {

    private static final long HOUR = 3_600_000L;
    private static final long KEPT = 24 * HOUR;

    private final EntityManager em;

    SmsSendLog(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    long toNumberInLastHour(RealmModel realm, String number, long now) {
        return em.createQuery("select count(s) from CibtpSmsSend s where s.number = :number and s.realmId = :realm "
                        + "and s.sentAt > :since", Long.class)
                .setParameter("number", number).setParameter("realm", realm.getId()).setParameter("since", now - HOUR)
                .getSingleResult();
    }

    long forUserInLastHour(RealmModel realm, String userId, long now) {
        return em.createQuery("select count(s) from CibtpSmsSend s where s.userId = :user and s.realmId = :realm "
                        + "and s.sentAt > :since", Long.class)
                .setParameter("user", userId).setParameter("realm", realm.getId()).setParameter("since", now - HOUR)
                .getSingleResult();
    }

    void record(RealmModel realm, String number, String userId, long now) {
        SmsSendEntity sent = new SmsSendEntity();
        sent.id = KeycloakModelUtils.generateId();
        sent.realmId = realm.getId();
        sent.number = number;
        sent.userId = userId;
        sent.sentAt = now;
        em.persist(sent);
        em.createQuery("delete from CibtpSmsSend s where s.sentAt < :old").setParameter("old", now - KEPT).executeUpdate();
    }
}
