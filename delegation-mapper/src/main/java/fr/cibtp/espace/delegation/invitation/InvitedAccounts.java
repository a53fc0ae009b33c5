package fr.cibtp.espace.delegation.invitation;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import fr.cibtp.espace.time.CaisseClock;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserManager;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Accounts made by invitations. The realm counts its invitations of the caisse day in the database, each count in a
 * transaction of its own, so that invitations on different sites do not wait for each other's mail; an account whose
 * invitation was never used (no password set) is removed after a while, and its address is free again.
 */
public final class InvitedAccounts {

    private static final Logger LOG = Logger.getLogger(InvitedAccounts.class);

    private InvitedAccounts() {
    }

    /** Counts one invitation on the realm's day unless {@code cap} are counted already; false then. */
    public static boolean reserve(KeycloakSessionFactory factory, String realmId, LocalDate day, int cap) {
        String id = realmId + "/" + day;
        try {
            KeycloakModelUtils.runJobInTransaction(factory, s -> {
                EntityManager em = em(s);
                if (em.find(InvitationDayEntity.class, id) == null) {
                    InvitationDayEntity today = new InvitationDayEntity();
                    today.id = id;
                    today.realmId = realmId;
                    today.day = day;
                    em.persist(today);
                    em.createQuery("delete from CibtpInvitationDay d where d.realmId = :realm and d.day < :day")
                            .setParameter("realm", realmId).setParameter("day", day).executeUpdate();
                }
            });
        } catch (RuntimeException madeMeanwhile) {
            // Another request made the day's row first: it is there to count on.
            LOG.debugf("Invitations of the day: row %s made by another request (%s)", id, madeMeanwhile.getClass().getSimpleName());
        }
        boolean[] counted = {false};
        KeycloakModelUtils.runJobInTransaction(factory, s -> counted[0] = em(s)
                .createQuery("update CibtpInvitationDay d set d.invited = d.invited + 1 where d.id = :id and d.invited < :cap")
                .setParameter("id", id).setParameter("cap", cap).executeUpdate() == 1);
        return counted[0];
    }

    /** Gives back a counted invitation that was not sent. */
    public static void release(KeycloakSessionFactory factory, String realmId, LocalDate day) {
        KeycloakModelUtils.runJobInTransaction(factory, s -> em(s)
                .createQuery("update CibtpInvitationDay d set d.invited = d.invited - 1 where d.id = :id and d.invited > 0")
                .setParameter("id", realmId + "/" + day).executeUpdate());
    }

    /** The account was just made by an invitation to {@code site} from {@code grantorId}. */
    public static void record(KeycloakSession session, RealmModel realm, UserModel user, String site, String grantorId) {
        InvitationEntity e = new InvitationEntity();
        e.id = KeycloakModelUtils.generateId();
        e.realmId = realm.getId();
        e.userId = user.getId();
        e.site = site;
        e.grantorId = grantorId;
        e.invitedAt = CaisseClock.millis();
        em(session).persist(e);
    }

    /**
     * Removes the accounts invited before {@code cutoffMillis} that never set a password (with the delegations made to
     * them), and forgets the invitations of those that did; answers how many accounts were removed.
     */
    public static int expire(KeycloakSession session, RealmModel realm, long cutoffMillis) {
        EntityManager em = em(session);
        List<String> invited = em.createQuery("select distinct i.userId from CibtpInvitation i where i.realmId = :realm "
                        + "and i.invitedAt < :cutoff", String.class)
                .setParameter("realm", realm.getId()).setParameter("cutoff", cutoffMillis).getResultList();
        int removed = 0;
        for (String userId : invited) {
            forget(session, realm, userId);
            UserModel user = session.users().getUserById(realm, userId);
            if (user != null && !user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE)) {
                // As the admin console removes a user: the listeners of its removal forget its delegations and links.
                new UserManager(session).removeUser(realm, user);
                removed++;
            }
        }
        return removed;
    }

    /** The account's invitations are no longer followed (it activated, or it is removed). */
    public static void forget(KeycloakSession session, RealmModel realm, String userId) {
        em(session).createQuery("delete from CibtpInvitation i where i.realmId = :realm and i.userId = :user")
                .setParameter("realm", realm.getId()).setParameter("user", userId).executeUpdate();
    }

    public static void forgetRealm(KeycloakSession session, RealmModel realm) {
        em(session).createQuery("delete from CibtpInvitation i where i.realmId = :realm").setParameter("realm", realm.getId())
                .executeUpdate();
        em(session).createQuery("delete from CibtpInvitationDay d where d.realmId = :realm").setParameter("realm", realm.getId())
                .executeUpdate();
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
