package fr.cibtp.espace.delegation.service;

import java.util.LinkedList;
import java.util.List;

import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.store.DelegationProvider;
import fr.cibtp.espace.delegation.store.StoredDelegation;
import fr.cibtp.espace.identifiers.CibtpIdentifier;
import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.secondfactor.RecentSecondFactor;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * Who asks, and what they are on the site they ask about: only a site's administrators (its holder, or a delegate
 * with admin rights, or an administrator of its cabinet comptable for what the cabinet got) manage its delegations.
 */
final class SiteAccess {

    final KeycloakSession session;
    final RightsCatalogue catalogue;
    final AuthResult caller;
    private Administered known;

    SiteAccess(KeycloakSession session, RightsCatalogue catalogue, AuthResult caller) {
        this.session = session;
        this.catalogue = catalogue;
        this.caller = caller;
    }

    /** A site and what the caller is on it, when the caller may manage its delegations. */
    record Administered(Site site, SiteStanding standing) {

        boolean forCabinet() {
            return standing.viaCabinet() != null;
        }
    }

    /**
     * The site and the caller's standing on it, looked up once a request: a page asks for it, then for the list and
     * the cabinet block of the same site.
     */
    Administered administered(String typed) {
        Parsed identifiant = CibtpIdentifier.parse(typed);
        if (known != null && known.site().identifiant().equals(identifiant.value())) {
            return known;
        }
        // A site the caller does not reach reads as an unknown one: the answer confirms no identifiant.
        Site site = identifiant.isValid() && registry().reaches(realm(), user(), identifiant.value())
                ? registry().findSite(realm(), identifiant.value()).orElse(null) : null;
        if (site == null) {
            throw Refusal.of(Refusal.Kind.NOT_FOUND, RefusalCode.SITE_INCONNU);
        }
        SiteStanding standing = standing(user(), site);
        if (!standing.rights().admin()) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, RefusalCode.ACCES_REFUSE);
        }
        known = new Administered(site, standing);
        return known;
    }

    /** Only the adhérent's side (holder or its own administrators) deals with its cabinet. */
    Administered adherentSide(String typed) {
        Administered administered = administered(typed);
        if (administered.forCabinet()) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, RefusalCode.RESERVE_A_L_ADHERENT);
        }
        return administered;
    }

    private SiteStanding standing(UserModel user, Site site) {
        if (registry().holds(realm(), user, new Precompte(PrecompteKind.SITE, site.identifiant()))) {
            return SiteStanding.holder(catalogue);
        }
        return SiteStanding.delegate(user.getId(), delegations().chainsFor(realm(), user.getId(), site.identifiant()), CaisseClock.today());
    }

    /**
     * Granting or widening power needs the caller's second factor, proved at most the realm's
     * {@code grant-second-factor-minutes} ago in the session the request comes from (page or portal token).
     */
    void requireRecentSecondFactor() {
        int minutes = CibtpSettings.of(realm()).positive(DelegationSetting.GRANT_SECOND_FACTOR_MINUTES);
        if (!RecentSecondFactor.within(caller.session(), minutes * 60L)) {
            throw new Refusal(Refusal.Kind.STEP_UP, RefusalCode.SECOND_FACTEUR_REQUIS, null, minutes);
        }
    }

    /** Whether the caller may change {@code d}: the holder any; a delegate its own, or one made from it, directly or not. */
    boolean inBranch(SiteStanding standing, StoredDelegation d) {
        return standing.holder() || standing.own().contains(d.id()) || above(d).stream().anyMatch(link -> standing.own().contains(link.id()));
    }

    /** The delegations {@code d} is made from, the holder's grant first, {@code d} excluded. */
    List<StoredDelegation> above(StoredDelegation d) {
        return chainTo(d.parentId());
    }

    /** The delegation {@code lastId} and those it is made from, the holder's grant first; none for null; a broken chain is refused. */
    List<StoredDelegation> chainTo(String lastId) {
        LinkedList<StoredDelegation> chain = new LinkedList<>();
        String parent = lastId;
        while (parent != null) {
            if (chain.size() == StoredDelegation.MAX_CHAIN_DEPTH) {
                throw Refusal.of(Refusal.Kind.NOT_FOUND, RefusalCode.DELEGATION_INCONNUE);
            }
            StoredDelegation link = delegations().find(realm(), parent)
                    .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, RefusalCode.DELEGATION_INCONNUE));
            chain.addFirst(link);
            parent = link.parentId();
        }
        return chain;
    }

    UserModel user() {
        return caller.user();
    }

    RealmModel realm() {
        return session.getContext().getRealm();
    }

    RegistryProvider registry() {
        return session.getProvider(RegistryProvider.class);
    }

    DelegationProvider delegations() {
        return session.getProvider(DelegationProvider.class);
    }
}
