package fr.cibtp.espace.delegation.jpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import fr.cibtp.espace.delegation.DelegationFilter;
import fr.cibtp.espace.delegation.DelegationProvider;
import fr.cibtp.espace.delegation.StoredDelegation;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Delegations in Keycloak's database (table CIBTP_DELEGATION). */
public class JpaDelegationProvider implements DelegationProvider {

    /** A site holder's grant, a cabinet's, a collaborator's: chains are short; this bounds a corrupted one. */

    private final KeycloakSession session;
    private final EntityManager em;

    /**
     * The adhérent's delegation to its cabinet: made by the holder (no parent) or by one of the adhérent's
     * administrators (whose own delegation is its parent); what the cabinet passes on has a cabinet delegation as parent.
     */
    private static final String CABINET_ROOT = "(d.parentId is null or exists "
            + "(select p.id from CibtpDelegation p where p.id = d.parentId and p.viaCabinet is null))";

    public JpaDelegationProvider(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    @Override
    public StoredDelegation add(RealmModel realm, StoredDelegation d) {
        DelegationEntity e = new DelegationEntity();
        e.id = KeycloakModelUtils.generateId();
        e.realmId = realm.getId();
        e.site = d.site();
        e.granteeId = d.granteeId();
        e.grantorId = d.grantorId();
        e.parentId = d.parentId();
        e.viaCabinet = d.viaCabinet();
        e.admin = d.admin();
        e.colleges = String.join(",", new TreeSet<>(d.colleges()));
        e.modes = modes(d.modes());
        e.effet = d.effet();
        e.fin = d.fin();
        e.createdAt = CaisseClock.millis();
        em.persist(e);
        session.getProvider(RegistryProvider.class).grantSiteAccess(realm, e.granteeId, e.site);
        return stored(e);
    }

    @Override
    public List<StoredDelegation> chainsFor(RealmModel realm, String userId, String site) {
        List<DelegationEntity> found = new ArrayList<>(em.createQuery("select d from CibtpDelegation d where d.realmId = :realm "
                        + "and d.granteeId = :user and d.site = :site and d.closedAt is null", DelegationEntity.class)
                .setParameter("realm", realm.getId()).setParameter("user", userId).setParameter("site", site).getResultList());
        Set<String> known = found.stream().map(d -> d.id).collect(Collectors.toCollection(HashSet::new));
        List<DelegationEntity> level = found;
        for (int depth = 0; depth < StoredDelegation.MAX_CHAIN_DEPTH && !level.isEmpty(); depth++) {
            Set<String> parents = level.stream().map(d -> d.parentId).filter(p -> p != null && !known.contains(p)).collect(Collectors.toSet());
            level = parents.isEmpty() ? List.of() : em.createQuery("select d from CibtpDelegation d where d.realmId = :realm "
                            + "and d.id in :ids", DelegationEntity.class)
                    .setParameter("realm", realm.getId()).setParameter("ids", parents).getResultList();
            level.forEach(d -> known.add(d.id));
            found.addAll(level);
        }
        return found.stream().map(JpaDelegationProvider::stored).toList();
    }

    @Override
    public java.util.Optional<StoredDelegation> find(RealmModel realm, String id) {
        DelegationEntity e = id == null ? null : em.find(DelegationEntity.class, id);
        return e == null || !e.realmId.equals(realm.getId()) ? java.util.Optional.empty() : java.util.Optional.of(stored(e));
    }

    @Override
    public List<StoredDelegation> ofSite(RealmModel realm, String site, DelegationFilter filter, int first, int max) {
        return siteQuery("select d", realm, site, filter, order(filter.sort()), DelegationEntity.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max))
                .getResultStream().map(JpaDelegationProvider::stored).toList();
    }

    @Override
    public long countOfSite(RealmModel realm, String site, DelegationFilter filter) {
        return siteQuery("select count(d)", realm, site, filter, "", Long.class).getSingleResult();
    }

    @Override
    public List<StoredDelegation> toCabinet(RealmModel realm, String site, String cabinet) {
        return em.createQuery("select d from CibtpDelegation d where d.realmId = :realm and d.site = :site and d.viaCabinet = :cabinet "
                        + "and " + CABINET_ROOT + " and d.closedAt is null order by d.createdAt", DelegationEntity.class)
                .setParameter("realm", realm.getId()).setParameter("site", site).setParameter("cabinet", cabinet)
                .getResultStream().map(JpaDelegationProvider::stored).toList();
    }

    private <T> jakarta.persistence.TypedQuery<T> siteQuery(String select, RealmModel realm, String site, DelegationFilter filter,
                                                           String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" from CibtpDelegation d where d.realmId = :realm and d.site = :site");
        if (filter.cabinet() != null) {
            where.append(" and d.viaCabinet = :cabinet and not ").append(CABINET_ROOT);
        }
        if (filter.role() != null) {
            where.append(switch (filter.role()) {
                case "administrateur" -> " and d.admin = true and d.viaCabinet is null";
                case "cabinet" -> " and d.viaCabinet is not null";
                default -> " and d.admin = false and d.viaCabinet is null";
            });
        }
        boolean today = filter.statut() != null && !"fermee".equals(filter.statut());
        if (filter.statut() != null) {
            where.append(switch (filter.statut()) {
                case "fermee" -> " and d.closedAt is not null";
                case "a_venir" -> " and d.closedAt is null and d.effet > :today";
                case "expiree" -> " and d.closedAt is null and d.fin < :today";
                default -> " and d.closedAt is null and d.effet <= :today and (d.fin is null or d.fin >= :today)";
            });
        }
        if (filter.effetFrom() != null) {
            where.append(" and d.effet >= :effetFrom");
        }
        if (filter.finUntil() != null) {
            where.append(" and d.fin <= :finUntil");
        }
        jakarta.persistence.TypedQuery<T> query = em.createQuery(select + where + order, type)
                .setParameter("realm", realm.getId()).setParameter("site", site);
        if (filter.cabinet() != null) {
            query.setParameter("cabinet", filter.cabinet());
        }
        if (today) {
            query.setParameter("today", filter.today());
        }
        if (filter.effetFrom() != null) {
            query.setParameter("effetFrom", filter.effetFrom());
        }
        if (filter.finUntil() != null) {
            query.setParameter("finUntil", filter.finUntil());
        }
        return query;
    }

    private static String order(String sort) {
        if (sort == null) {
            return " order by d.createdAt desc, d.id";
        }
        return switch (sort) {
            // Nom et prénom live on the grantee's Keycloak account, in the same database.
            case "nom" -> " order by (select u.lastName from UserEntity u where u.id = d.granteeId) nulls last,"
                    + " (select u.firstName from UserEntity u where u.id = d.granteeId) nulls last, d.id";
            case "-nom" -> " order by (select u.lastName from UserEntity u where u.id = d.granteeId) desc nulls last,"
                    + " (select u.firstName from UserEntity u where u.id = d.granteeId) desc nulls last, d.id";
            case "date_effet" -> " order by d.effet, d.id";
            case "-date_effet" -> " order by d.effet desc, d.id";
            case "date_fin" -> " order by d.fin nulls last, d.id";
            default -> " order by d.fin desc nulls last, d.id";
        };
    }

    @Override
    public boolean update(RealmModel realm, StoredDelegation changed) {
        DelegationEntity e = lockedForChange(changed.id());
        if (e == null || !e.realmId.equals(realm.getId()) || e.closedAt != null) {
            return false;
        }
        e.admin = changed.admin();
        e.colleges = String.join(",", new TreeSet<>(changed.colleges()));
        e.modes = modes(changed.modes());
        e.effet = changed.effet();
        e.fin = changed.fin();
        return true;
    }

    private static String modes(Map<String, String> modes) {
        return modes.entrySet().stream().map(m -> m.getKey() + "=" + m.getValue()).collect(Collectors.joining(","));
    }

    @Override
    public Set<String> descendantGrantees(RealmModel realm, String id) {
        Set<String> grantees = new HashSet<>();
        Set<String> level = Set.of(id);
        for (int depth = 0; depth < StoredDelegation.MAX_CHAIN_DEPTH && !level.isEmpty(); depth++) {
            List<DelegationEntity> children = em.createQuery("select d from CibtpDelegation d where d.realmId = :realm "
                            + "and d.parentId in :ids", DelegationEntity.class)
                    .setParameter("realm", realm.getId()).setParameter("ids", level).getResultList();
            children.forEach(d -> grantees.add(d.granteeId));
            level = children.stream().map(d -> d.id).collect(Collectors.toSet());
        }
        return grantees;
    }

    @Override
    public List<StoredDelegation> endingOn(RealmModel realm, java.time.LocalDate day) {
        return em.createQuery("select d from CibtpDelegation d where d.fin = :day and d.realmId = :realm and d.closedAt is null",
                        DelegationEntity.class)
                .setParameter("day", day).setParameter("realm", realm.getId()).getResultStream().map(JpaDelegationProvider::stored).toList();
    }

    @Override
    public List<StoredDelegation> endedBefore(RealmModel realm, java.time.LocalDate day) {
        return em.createQuery("select d from CibtpDelegation d where d.fin < :day and d.realmId = :realm and d.closedAt is null",
                        DelegationEntity.class)
                .setParameter("day", day).setParameter("realm", realm.getId()).getResultStream().map(JpaDelegationProvider::stored).toList();
    }

    @Override
    public boolean close(RealmModel realm, String id) {
        DelegationEntity delegation = lockedForChange(id);
        if (delegation == null || !delegation.realmId.equals(realm.getId()) || delegation.closedAt != null) {
            return false;
        }
        delegation.closedAt = CaisseClock.millis();
        boolean stillReached = !em.createQuery("select d.id from CibtpDelegation d where d.realmId = :realm and d.granteeId = :user "
                        + "and d.site = :site and d.closedAt is null and d.id <> :id", String.class)
                .setParameter("realm", realm.getId()).setParameter("user", delegation.granteeId).setParameter("site", delegation.site)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
        if (!stillReached) {
            session.getProvider(RegistryProvider.class).revokeSiteAccess(realm, delegation.granteeId, delegation.site);
        }
        return true;
    }

    /**
     * The delegation as the database holds it now, locked until this request ends: a modification and a closing in
     * flight wait for each other, and the second sees what the first did (it never writes back a stale state).
     */
    private DelegationEntity lockedForChange(String id) {
        DelegationEntity e = id == null ? null : em.find(DelegationEntity.class, id);
        if (e != null) {
            em.refresh(e, LockModeType.PESSIMISTIC_WRITE);
        }
        return e;
    }

    private static StoredDelegation stored(DelegationEntity e) {
        Set<String> colleges = e.colleges.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(e.colleges.split(",")));
        Map<String, String> modes = new LinkedHashMap<>();
        if (!e.modes.isEmpty()) {
            for (String pair : e.modes.split(",")) {
                int eq = pair.indexOf('=');
                modes.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new StoredDelegation(e.id, e.site, e.granteeId, e.grantorId, e.parentId, e.viaCabinet, e.admin, colleges, modes,
                e.effet, e.fin, e.closedAt);
    }

    @Override
    public void close() {
    }
}
