package fr.cibtp.espace.registry.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import fr.cibtp.espace.registry.HeldSitesVersion;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Which accounts hold which précomptes and reach which sites: the links enrollment and delegations make and end. */
final class AccountLinks {

    private final EntityManager em;
    private final RegistryLookups lookups;
    private final PrecompteStates states;

    AccountLinks(EntityManager em, RegistryLookups lookups, PrecompteStates states) {
        this.em = em;
        this.lookups = lookups;
        this.states = states;
    }

    void link(RealmModel realm, UserModel user, Precompte precompte) {
        if (held(user.getId(), precompte)) {
            return;
        }
        AccountLinkEntity link = newLink(realm, user.getId(), LinkKind.of(precompte.kind()), precompte.identifiant());
        if (precompte.kind() == PrecompteKind.SITE) {
            LinkedSiteLabels.copy(em, link);
        }
        em.persist(link);
        states.held(realm.getId(), precompte, link.createdAt);
    }

    boolean unlink(RealmModel realm, String userId, Precompte precompte) {
        // Removals of two holders at once see each other: the second knows when none is left.
        lookups.lockRow(realm, precompte);
        int removed = em.createNamedQuery(AccountLinkEntity.UNLINK)
                .setParameter("realm", realm.getId()).setParameter("user", userId)
                .setParameter("kind", LinkKind.of(precompte.kind()).stored()).setParameter("id", precompte.identifiant()).executeUpdate();
        if (removed > 0) {
            HeldSitesVersion.advance(realm);
            states.released(realm.getId(), precompte);
        }
        return removed > 0;
    }

    List<String> holders(RealmModel realm, Precompte precompte) {
        return em.createNamedQuery(AccountLinkEntity.HOLDERS, String.class)
                .setParameter("realm", realm.getId()).setParameter("kind", LinkKind.of(precompte.kind()).stored())
                .setParameter("id", precompte.identifiant()).getResultList();
    }

    boolean holds(UserModel user, Precompte precompte) {
        return held(user.getId(), precompte);
    }

    List<Precompte> precomptes(RealmModel realm, UserModel user) {
        return em.createNamedQuery(AccountLinkEntity.OF_ACCOUNT, AccountLinkEntity.class)
                .setParameter("realm", realm.getId()).setParameter("user", user.getId()).getResultStream()
                .flatMap(l -> LinkKind.fromStored(l.kind).orElseThrow().precompte().stream().map(kind -> new Precompte(kind, l.identifiant)))
                .toList();
    }

    Optional<String> firstHeld(RealmModel realm, UserModel user, PrecompteKind kind) {
        return RegistryLookups.first(em.createNamedQuery(AccountLinkEntity.FIRST_HELD, String.class)
                .setParameter("user", user.getId()).setParameter("kind", LinkKind.of(kind).stored()).setParameter("realm", realm.getId()));
    }

    void grantSiteAccess(RealmModel realm, String userId, String site) {
        if (reaches(userId, site)) {
            return;
        }
        AccountLinkEntity link = newLink(realm, userId, LinkKind.DELEGATED, site);
        LinkedSiteLabels.copy(em, link);
        em.persist(link);
    }

    void revokeSiteAccess(String userId, String site) {
        em.createNamedQuery(AccountLinkEntity.REVOKE)
                .setParameter("user", userId).setParameter("kind", LinkKind.DELEGATED.stored()).setParameter("site", site)
                .executeUpdate();
    }

    boolean reaches(String userId, String site) {
        return !em.createNamedQuery(AccountLinkEntity.REACHING, String.class)
                .setParameter("user", userId).setParameter("site", site).setParameter("kinds", LinkKind.stored(LinkKind.TO_A_SITE))
                .setMaxResults(1).getResultList().isEmpty();
    }

    private boolean held(String userId, Precompte precompte) {
        return !em.createNamedQuery(AccountLinkEntity.LINK, String.class)
                .setParameter("user", userId).setParameter("kind", LinkKind.of(precompte.kind()).stored())
                .setParameter("id", precompte.identifiant()).setMaxResults(1).getResultList().isEmpty();
    }

    private static AccountLinkEntity newLink(RealmModel realm, String userId, LinkKind kind, String identifiant) {
        AccountLinkEntity link = new AccountLinkEntity();
        link.id = KeycloakModelUtils.generateId();
        link.realmId = realm.getId();
        link.userId = userId;
        link.kind = kind.stored();
        link.identifiant = identifiant;
        link.createdAt = CaisseClock.millis();
        return link;
    }
}
