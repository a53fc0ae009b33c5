package fr.cibtp.espace.delegation.store.jpa;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import fr.cibtp.espace.delegation.store.DelegationFilter;
import org.keycloak.models.jpa.entities.UserEntity;

/** A site's delegations as the list's filters and sort ask: one Criteria query for the page, one for the count. */
final class SiteDelegationQuery {

    private final EntityManager em;
    private final CriteriaBuilder cb;
    private final String realmId;
    private final String site;
    private final DelegationFilter filter;

    SiteDelegationQuery(EntityManager em, String realmId, String site, DelegationFilter filter) {
        this.em = em;
        this.cb = em.getCriteriaBuilder();
        this.realmId = realmId;
        this.site = site;
        this.filter = filter;
    }

    TypedQuery<DelegationEntity> page(int first, int max) {
        CriteriaQuery<DelegationEntity> query = cb.createQuery(DelegationEntity.class);
        Root<DelegationEntity> d = query.from(DelegationEntity.class);
        query.select(d).where(where(query, d)).orderBy(order(query, d));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max));
    }

    TypedQuery<Long> count() {
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<DelegationEntity> d = query.from(DelegationEntity.class);
        return em.createQuery(query.select(cb.count(d)).where(where(query, d)));
    }

    private Predicate[] where(CriteriaQuery<?> query, Root<DelegationEntity> d) {
        List<Predicate> all = new ArrayList<>();
        all.add(cb.equal(d.get("realmId"), realmId));
        all.add(cb.equal(d.get("site"), site));
        if (filter.cabinet() != null) {
            // a cabinet's administrators see what the cabinet passed on, not the adhérent's delegation to it
            all.add(cb.equal(d.get("viaCabinet"), filter.cabinet()));
            all.add(cb.not(cabinetRoot(query, d)));
        }
        if (filter.role() != null) {
            all.add(switch (filter.role()) {
                case "administrateur" -> cb.and(cb.isTrue(d.get("admin")), cb.isNull(d.get("viaCabinet")));
                case "cabinet" -> cb.isNotNull(d.get("viaCabinet"));
                default -> cb.and(cb.isFalse(d.get("admin")), cb.isNull(d.get("viaCabinet")));
            });
        }
        if (filter.statut() != null) {
            Expression<java.time.LocalDate> effet = d.get("effet");
            Expression<java.time.LocalDate> fin = d.get("fin");
            Predicate open = cb.isNull(d.get("closedAt"));
            all.add(switch (filter.statut()) {
                case "fermee" -> cb.isNotNull(d.get("closedAt"));
                case "a_venir" -> cb.and(open, cb.greaterThan(effet, filter.today()));
                case "expiree" -> cb.and(open, cb.lessThan(fin, filter.today()));
                default -> cb.and(open, cb.lessThanOrEqualTo(effet, filter.today()),
                        cb.or(cb.isNull(fin), cb.greaterThanOrEqualTo(fin, filter.today())));
            });
        }
        if (filter.currentOnly()) {
            Expression<java.time.LocalDate> fin = d.get("fin");
            all.add(cb.and(cb.isNull(d.get("closedAt")), cb.or(cb.isNull(fin), cb.greaterThanOrEqualTo(fin, filter.today()))));
        }
        if (filter.effetFrom() != null) {
            all.add(cb.greaterThanOrEqualTo(d.get("effet"), filter.effetFrom()));
        }
        if (filter.finUntil() != null) {
            all.add(cb.lessThanOrEqualTo(d.get("fin"), filter.finUntil()));
        }
        return all.toArray(Predicate[]::new);
    }

    /** {@link DelegationEntity#CABINET_ROOT}: no parent, or a parent on the adhérent's side. */
    private Predicate cabinetRoot(CriteriaQuery<?> query, Root<DelegationEntity> d) {
        Subquery<String> parent = query.subquery(String.class);
        Root<DelegationEntity> p = parent.from(DelegationEntity.class);
        parent.select(p.get("id")).where(cb.equal(p.get("id"), d.get("parentId")), cb.isNull(p.get("viaCabinet")));
        return cb.or(cb.isNull(d.get("parentId")), cb.exists(parent));
    }

    /** Newest first by default; by Nom et prénom (from the grantee's Keycloak account), date d'effet or date de fin. */
    private List<Order> order(CriteriaQuery<?> query, Root<DelegationEntity> d) {
        String sort = filter.sort();
        if (sort == null) {
            return List.of(cb.desc(d.get("createdAt")), cb.asc(d.get("id")));
        }
        boolean descending = sort.startsWith("-");
        List<Order> order = new ArrayList<>();
        switch (sort.replace("-", "")) {
            case "nom" -> {
                Expression<String> lastName = granteeName(query, d, "lastName");
                Expression<String> firstName = granteeName(query, d, "firstName");
                order.add(nullsLast(lastName));
                order.add(descending ? cb.desc(lastName) : cb.asc(lastName));
                order.add(nullsLast(firstName));
                order.add(descending ? cb.desc(firstName) : cb.asc(firstName));
            }
            case "date_effet" -> order.add(descending ? cb.desc(d.get("effet")) : cb.asc(d.get("effet")));
            default -> {
                order.add(nullsLast(d.get("fin")));
                order.add(descending ? cb.desc(d.get("fin")) : cb.asc(d.get("fin")));
            }
        }
        order.add(cb.asc(d.get("id")));
        return order;
    }

    private Expression<String> granteeName(CriteriaQuery<?> query, Root<DelegationEntity> d, String field) {
        Subquery<String> name = query.subquery(String.class);
        Root<UserEntity> u = name.from(UserEntity.class);
        return name.select(u.get(field)).where(cb.equal(u.get("id"), d.get("granteeId")));
    }

    /** Rows without the value come last, whichever the direction (as the databases disagree on where nulls go). */
    private Order nullsLast(Expression<?> value) {
        return cb.asc(cb.selectCase().when(cb.isNull(value), 1).otherwise(0));
    }
}
