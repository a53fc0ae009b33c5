package fr.cibtp.espace.registry.jpa;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import fr.cibtp.espace.identifiers.CibtpIdentifier;
import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.registry.SitePage;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The sites an account holds or reaches, a page at a time: an accounting firm may reach 10,000 of them. */
final class SiteChooser {

    private final EntityManager em;
    private final RegistryLookups lookups;

    SiteChooser(EntityManager em, RegistryLookups lookups) {
        this.em = em;
        this.lookups = lookups;
    }

    SitePage page(RealmModel realm, UserModel user, String search, int first, int max) {
        boolean all = search == null || search.isBlank();
        int size = Math.max(1, max);
        List<String> identifiants;
        Long total = null;
        if (all) {
            identifiants = siteQuery(em.createNamedQuery(AccountLinkEntity.SITES, String.class), realm, user, null)
                    .setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList();
        } else {
            List<Object[]> rows = siteQuery(em.createNamedQuery(AccountLinkEntity.SITES_MATCHING, Object[].class), realm, user, search)
                    .setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList();
            identifiants = rows.stream().map(row -> (String) row[0]).toList();
            total = rows.isEmpty() ? null : (Long) rows.get(0)[1];
        }
        if (total == null) {
            // The whole list on a first page shorter than a page; else an index-only count (or a page past the last).
            total = first <= 0 && identifiants.size() < size ? identifiants.size()
                    : siteQuery(em.createNamedQuery(all ? AccountLinkEntity.SITES_COUNT : AccountLinkEntity.SITES_MATCHING_COUNT,
                    Long.class), realm, user, all ? null : search).getSingleResult();
        }
        return new SitePage(lookups.sitesInOrder(realm, identifiants), total);
    }

    List<String> some(RealmModel realm, UserModel user, int max) {
        return siteQuery(em.createNamedQuery(AccountLinkEntity.SITES_ANY, String.class), realm, user, null)
                .setMaxResults(Math.max(1, max)).getResultList();
    }

    private static <T> TypedQuery<T> siteQuery(TypedQuery<T> query, RealmModel realm, UserModel user, String search) {
        query.setParameter("realm", realm.getId()).setParameter("user", user.getId())
                .setParameter("kinds", LinkKind.stored(LinkKind.TO_A_SITE));
        if (search != null) {
            query.setParameter("q", "%" + searchTerm(search) + "%");
        }
        return query;
    }

    /** What people type to find a site: an identifiant without dashes, a SIRET with spaces, part of a name. */
    static String searchTerm(String typed) {
        Parsed identifiant = CibtpIdentifier.parse(typed);
        if (identifiant.isValid()) {
            return identifiant.value();
        }
        String term = typed.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return term.matches("[0-9 ]+") ? term.replace(" ", "") : term;
    }
}
