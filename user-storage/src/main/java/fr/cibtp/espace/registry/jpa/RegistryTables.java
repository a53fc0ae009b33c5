package fr.cibtp.espace.registry.jpa;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;

/** The registry's questions asked of several of its tables alike, as Criteria queries on the entity concerned. */
final class RegistryTables {

    /** Every registry entity, in an order in which a realm's rows can be deleted. */
    static final Class<?>[] ALL = {AccountLinkEntity.class, CodeRequestEntity.class, CodeLockEntity.class, ProvisionalCodeEntity.class, SiteEntity.class,
            AdherentEntity.class, CabinetEntity.class, SalarieEntity.class};

    private RegistryTables() {
    }

    static Class<?> entityOf(PrecompteKind kind) {
        return switch (kind) {
            case SITE -> SiteEntity.class;
            case CABINET -> CabinetEntity.class;
            case SALARIE -> SalarieEntity.class;
        };
    }

    /** The précompte's row. */
    static TypedQuery<?> row(EntityManager em, String realmId, Precompte precompte) {
        return rowsWhere(em, entityOf(precompte.kind()), realmId, "identifiant", List.of(precompte.identifiant()));
    }

    /** The rows of a realm whose {@code key} is one of {@code values}. */
    static <T> TypedQuery<T> rowsWhere(EntityManager em, Class<T> entity, String realmId, String key, Collection<String> values) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(entity);
        Root<T> row = query.from(entity);
        return em.createQuery(query.select(row).where(cb.equal(row.get("realmId"), realmId), row.get(key).in(values)));
    }

    /** Identifiants of précomptes of that kind no account holds yet, in order. */
    static TypedQuery<String> notEnrolled(EntityManager em, String realmId, PrecompteKind kind) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<?> p = query.from(entityOf(kind));
        Subquery<String> holder = query.subquery(String.class);
        Root<AccountLinkEntity> link = holder.from(AccountLinkEntity.class);
        holder.select(link.get("id")).where(cb.equal(link.get("realmId"), p.get("realmId")),
                cb.equal(link.get("kind"), LinkKind.of(kind).stored()),
                cb.equal(link.get("identifiant"), p.get("identifiant")));
        return em.createQuery(query.select(p.get("identifiant")).where(cb.equal(p.get("realmId"), realmId), cb.not(cb.exists(holder)))
                .orderBy(cb.asc(p.get("identifiant"))));
    }

    /** Deletes a realm's rows of one entity. */
    static <T> int deleteRealm(EntityManager em, Class<T> entity, String realmId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaDelete<T> delete = cb.createCriteriaDelete(entity);
        Root<T> row = delete.from(entity);
        return em.createQuery(delete.where(cb.equal(row.get("realmId"), realmId))).executeUpdate();
    }
}
