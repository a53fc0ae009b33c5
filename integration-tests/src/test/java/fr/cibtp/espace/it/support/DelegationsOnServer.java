package fr.cibtp.espace.it.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.cibtp.espace.delegation.claim.DelegatedRights;
import fr.cibtp.espace.delegation.store.DelegationProvider;
import fr.cibtp.espace.delegation.store.StoredDelegation;
import fr.cibtp.espace.registry.jpa.PlannerStatistics;
import fr.cibtp.espace.time.CaisseClock;
import fr.cibtp.espace.delegation.expiry.DelegationExpiry;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.testframework.remote.providers.runonserver.FetchOnServer;
import org.keycloak.testframework.remote.providers.runonserver.RunOnServer;

/** The delegation store, the rights computed from it and the daily expiry job, called inside the server. */
public final class DelegationsOnServer {

    private DelegationsOnServer() {
    }

    /** A user's rights on a site through delegations, as the token mapper computes them; droits are feature to mode. */
    public record Rights(int stored, String role, String via, Map<String, String> droits) {
    }

    /** What the daily job did: delegations closed, reminders sent, unused invitations' accounts removed. */
    public record Expiry(int closed, int reminded, int invitationsRemoved) {
    }

    /**
     * Stores a delegation as the delegation API does, from its fields: site, granteeId, grantorId, parentId,
     * viaCabinet, admin, colleges ("a,b"), modes ("feature=mode,..."), effet and fin (ISO dates). Returns its id.
     */
    public static FetchOnServer add(Map<String, String> fields) {
        Map<String, String> d = new HashMap<>(fields);
        return session -> {
            Map<String, String> modes = new LinkedHashMap<>();
            for (String pair : d.get("modes").split(",")) {
                modes.put(pair.split("=")[0], pair.split("=")[1]);
            }
            return store(session).add(session.getContext().getRealm(), new StoredDelegation(null, d.get("site"), d.get("granteeId"),
                    d.get("grantorId"), d.get("parentId"), d.get("viaCabinet"), "true".equals(d.get("admin")),
                    Set.of(d.get("colleges").split(",")), modes, LocalDate.parse(d.get("effet")),
                    d.get("fin") == null ? null : LocalDate.parse(d.get("fin")), null)).id();
        };
    }

    /** {@code count} delegations on one site at once (the grantees need not exist), for listing measures. */
    public static FetchOnServer addMany(String site, String grantorId, int count) {
        return session -> {
            DelegationProvider store = store(session);
            var em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            for (int i = 0; i < count; i++) {
                store.add(session.getContext().getRealm(), new StoredDelegation(null, site, "grantee-" + i, grantorId, null, null, false,
                        Set.of("ouvrier"), Map.of("planning", "consultation"), CaisseClock.today().minusDays(i % 30), null, null));
                if (i % 500 == 499) {
                    // Each add's lookup flushes first, and a flush checks every entity held: written ones are let go.
                    em.flush();
                    em.clear();
                }
            }
            // Months of PostgreSQL autovacuum in one go, as for any bulk load.
            em.flush();
            PlannerStatistics.refresh(em, "CIBTP_DELEGATION", "CIBTP_ACCOUNT_LINK");
            return count;
        };
    }

    /** Gives an open delegation other rights ("feature=mode,..."), as a modification through the API does; false if closed. */
    public static FetchOnServer changeRights(String id, String modes) {
        return session -> {
            Map<String, String> changed = new LinkedHashMap<>();
            for (String pair : modes.split(",")) {
                changed.put(pair.split("=")[0], pair.split("=")[1]);
            }
            StoredDelegation d = store(session).find(session.getContext().getRealm(), id).orElseThrow();
            return store(session).update(session.getContext().getRealm(), new StoredDelegation(d.id(), d.site(), d.granteeId(),
                    d.grantorId(), d.parentId(), d.viaCabinet(), d.admin(), d.colleges(), changed, d.effet(), d.fin(), d.closedAt()));
        };
    }

    /** Closes a delegation; false if unknown or closed already. */
    public static FetchOnServer close(String id) {
        return session -> store(session).close(session.getContext().getRealm(), id);
    }

    /** The daily delegation job, run now as if on {@code today}. */
    public static FetchOnServer expire(LocalDate today) {
        return session -> {
            DelegationExpiry.Done done = DelegationExpiry.run(session, today);
            return new Expiry(done.closed(), done.reminded(), done.invitationsRemoved());
        };
    }

    /** Moves the account's invitation {@code days} days into the past, as if it had been waiting that long. */
    public static RunOnServer backdateInvitation(String userId, int days) {
        return session -> session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("update CibtpInvitation i set i.invitedAt = i.invitedAt - :shift where i.userId = :user")
                .setParameter("shift", days * 86_400_000L).setParameter("user", userId).executeUpdate();
    }

    /** How many accounts the realm invited today, as its cap counts them. */
    public static FetchOnServer invitedToday() {
        return session -> session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("select d.invited from CibtpInvitationDay d where d.id = :id", Integer.class)
                .setParameter("id", session.getContext().getRealm().getId() + "/" + CaisseClock.today())
                .getResultStream().findFirst().orElse(0);
    }

    public static FetchOnServer rights(String userId, String site) {
        return session -> {
            List<StoredDelegation> stored = store(session).chainsFor(session.getContext().getRealm(), userId, site);
            DelegatedRights rights = DelegatedRights.of(userId, stored, CaisseClock.today());
            Map<String, String> droits = new TreeMap<>();
            rights.rights().modes().forEach((feature, mode) -> droits.put(feature, mode.key()));
            return new Rights(stored.size(), rights.role() == null ? "" : rights.role(), rights.via() == null ? "" : rights.via(), droits);
        };
    }

    private static DelegationProvider store(KeycloakSession session) {
        return session.getProvider(DelegationProvider.class);
    }
}
