package fr.cibtp.espace.it.support;

import java.util.List;

import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.registry.jpa.PlannerStatistics;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.testframework.remote.providers.runonserver.FetchOnServer;
import org.keycloak.testframework.remote.providers.runonserver.RunOnServer;

/**
 * The registry provider called inside the server, as the sign-in steps call it: account links, which no screen makes
 * outside an enrollment. Run with {@code RunOnServerClient}; the lambdas capture strings only, as they are serialized.
 */
public final class RegistryOnServer {

    private RegistryOnServer() {
    }

    /** One page of an account's sites, as the site choice lists them. */
    public record SitesPage(long total, List<String> identifiants) {
    }

    public static RunOnServer link(String userId, PrecompteKind kind, String identifiant) {
        return session -> registry(session).linkAccount(realm(session), user(session, userId), new Precompte(kind, identifiant));
    }

    /** The account reaches the site through a delegation, as the delegation store records it. */
    public static RunOnServer reach(String userId, String identifiant) {
        return session -> registry(session).grantSiteAccess(realm(session), userId, identifiant);
    }

    /** The account no longer holds the site: the link alone, its sessions and delegations left as they are. */
    public static RunOnServer unlink(String userId, String identifiant) {
        return session -> registry(session).unlinkAccount(realm(session), userId, new Precompte(PrecompteKind.SITE, identifiant));
    }

    /** Links many sites at once, as accounts holding thousands of them do after months of enrollments. */
    public static RunOnServer linkSites(String userId, List<String> identifiants) {
        List<String> sites = List.copyOf(identifiants);
        return session -> {
            UserModel user = user(session, userId);
            var em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            for (int i = 0; i < sites.size(); i++) {
                registry(session).linkAccount(realm(session), user, new Precompte(PrecompteKind.SITE, sites.get(i)));
                if (i % 500 == 499) {
                    // Each link's lookup flushes first, and a flush checks every entity held: written ones are let go.
                    em.flush();
                    em.clear();
                    user = user(session, userId);
                }
            }
            // PostgreSQL's autovacuum would have gathered these statistics over those months.
            em.flush();
            PlannerStatistics.refresh(em, "CIBTP_ACCOUNT_LINK");
        };
    }

    /** The account's links as made before the chooser's natural order: without their key. */
    public static RunOnServer withoutSortKeys(String userId) {
        return session -> session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createNativeQuery("UPDATE CIBTP_ACCOUNT_LINK SET SITE_SORT = NULL WHERE USER_ID = :user").setParameter("user", userId)
                .executeUpdate();
    }

    /** What a start does for links without their natural-order key. */
    public static RunOnServer backfillSortKeys() {
        return session -> fr.cibtp.espace.registry.jpa.SortKeyBackfill.run(session.getKeycloakSessionFactory());
    }

    public static FetchOnServer accountSites(String userId, String search, int first, int max) {
        return session -> {
            var page = registry(session).accountSites(realm(session), user(session, userId), search, first, max);
            return new SitesPage(page.total(), page.sites().stream().map(Site::identifiant).toList());
        };
    }

    /** The précomptes an account holds, as "kind:identifiant", sorted. */
    public static FetchOnServer precomptes(String userId) {
        return session -> registry(session).accountPrecomptes(realm(session), user(session, userId)).stream()
                .map(p -> p.kind().key() + ":" + p.identifiant()).sorted().toList();
    }

    /** The stored links of an account, counted in the database: the account itself may be gone. */
    public static FetchOnServer storedLinks(String userId) {
        return session -> session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("select count(l) from CibtpAccountLink l where l.userId = :user", Long.class)
                .setParameter("user", userId).getSingleResult();
    }

    static RegistryProvider registry(KeycloakSession session) {
        return session.getProvider(RegistryProvider.class);
    }

    static RealmModel realm(KeycloakSession session) {
        return session.getContext().getRealm();
    }

    static UserModel user(KeycloakSession session, String userId) {
        return session.users().getUserById(realm(session), userId);
    }
}
