package fr.cibtp.espace.delegation.store.jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import fr.cibtp.espace.delegation.store.DelegationFilter;
import fr.cibtp.espace.delegation.store.DelegationProvider;
import fr.cibtp.espace.delegation.store.StoredDelegation;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Delegations in Keycloak's database (table CIBTP_DELEGATION and its collèges and rights). */
public class JpaDelegationProvider implements DelegationProvider {

    private final KeycloakSession session;
    private final EntityManager em;

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
        e.colleges.addAll(d.colleges());
        e.modes.putAll(d.modes());
        e.effet = d.effet();
        e.fin = d.fin();
        e.createdAt = CaisseClock.millis();
        em.persist(e);
        session.getProvider(RegistryProvider.class).grantSiteAccess(realm, e.granteeId, e.site);
        return stored(e);
    }

    @Override
    public List<StoredDelegation> chainsFor(RealmModel realm, String userId, String site) {
        List<DelegationEntity> found = new ArrayList<>(em.createNamedQuery(DelegationEntity.OPEN_OF_GRANTEE, DelegationEntity.class)
                .setParameter("realm", realm.getId()).setParameter("user", userId).setParameter("site", site).getResultList());
        Set<String> known = found.stream().map(d -> d.id).collect(Collectors.toCollection(HashSet::new));
        List<DelegationEntity> level = found;
        for (int depth = 0; depth < StoredDelegation.MAX_CHAIN_DEPTH && !level.isEmpty(); depth++) {
            Set<String> parents = level.stream().map(d -> d.parentId).filter(p -> p != null && !known.contains(p)).collect(Collectors.toSet());
            level = parents.isEmpty() ? List.of() : em.createNamedQuery(DelegationEntity.BY_IDS, DelegationEntity.class)
                    .setParameter("realm", realm.getId()).setParameter("ids", parents).getResultList();
            level.forEach(d -> known.add(d.id));
            found.addAll(level);
        }
        return found.stream().map(JpaDelegationProvider::stored).toList();
    }

    @Override
    public Optional<StoredDelegation> find(RealmModel realm, String id) {
        DelegationEntity e = id == null ? null : em.find(DelegationEntity.class, id);
        return e == null || !e.realmId.equals(realm.getId()) ? Optional.empty() : Optional.of(stored(e));
    }

    @Override
    public List<StoredDelegation> ofSite(RealmModel realm, String site, DelegationFilter filter, int first, int max) {
        return new SiteDelegationQuery(em, realm.getId(), site, filter).page(first, max)
                .getResultStream().map(JpaDelegationProvider::stored).toList();
    }

    @Override
    public long countOfSite(RealmModel realm, String site, DelegationFilter filter) {
        return new SiteDelegationQuery(em, realm.getId(), site, filter).count().getSingleResult();
    }

    @Override
    public List<StoredDelegation> toCabinet(RealmModel realm, String site, String cabinet) {
        return em.createNamedQuery(DelegationEntity.TO_CABINET, DelegationEntity.class)
                .setParameter("realm", realm.getId()).setParameter("site", site).setParameter("cabinet", cabinet)
                .getResultStream().map(JpaDelegationProvider::stored).toList();
    }

    @Override
    public boolean update(RealmModel realm, StoredDelegation changed) {
        DelegationEntity e = lockedForChange(changed.id());
        if (e == null || !e.realmId.equals(realm.getId()) || e.closedAt != null) {
            return false;
        }
        e.admin = changed.admin();
        e.colleges.retainAll(changed.colleges());
        e.colleges.addAll(changed.colleges());
        e.modes.keySet().retainAll(changed.modes().keySet());
        e.modes.putAll(changed.modes());
        e.effet = changed.effet();
        e.fin = changed.fin();
        return true;
    }

    @Override
    public Set<String> descendantGrantees(RealmModel realm, String id) {
        Set<String> grantees = new HashSet<>();
        Set<String> level = Set.of(id);
        for (int depth = 0; depth < StoredDelegation.MAX_CHAIN_DEPTH && !level.isEmpty(); depth++) {
            List<DelegationEntity> children = em.createNamedQuery(DelegationEntity.CHILDREN, DelegationEntity.class)
                    .setParameter("realm", realm.getId()).setParameter("ids", level).getResultList();
            children.forEach(d -> grantees.add(d.granteeId));
            level = children.stream().map(d -> d.id).collect(Collectors.toSet());
        }
        return grantees;
    }

    @Override
    public List<StoredDelegation> endingOn(RealmModel realm, LocalDate day) {
        return em.createNamedQuery(DelegationEntity.OPEN_ENDING_ON, DelegationEntity.class)
                .setParameter("day", day).setParameter("realm", realm.getId()).getResultStream().map(JpaDelegationProvider::stored).toList();
    }

    @Override
    public List<StoredDelegation> endedBefore(RealmModel realm, LocalDate day) {
        return em.createNamedQuery(DelegationEntity.OPEN_ENDED_BEFORE, DelegationEntity.class)
                .setParameter("day", day).setParameter("realm", realm.getId()).getResultStream().map(JpaDelegationProvider::stored).toList();
    }

    @Override
    public boolean close(RealmModel realm, String id) {
        DelegationEntity delegation = lockedForChange(id);
        if (delegation == null || !delegation.realmId.equals(realm.getId()) || delegation.closedAt != null) {
            return false;
        }
        delegation.closedAt = CaisseClock.millis();
        boolean stillReached = !em.createNamedQuery(DelegationEntity.OTHER_OPEN_OF_GRANTEE, String.class)
                .setParameter("realm", realm.getId()).setParameter("user", delegation.granteeId).setParameter("site", delegation.site)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
        if (!stillReached) {
            session.getProvider(RegistryProvider.class).revokeSiteAccess(realm, delegation.granteeId, delegation.site);
        }
        return true;
    }

    @Override
    public List<StoredDelegation> openRootsOfSite(RealmModel realm, String site, String grantorId) {
        var query = grantorId == null ? em.createNamedQuery(DelegationEntity.OPEN_ROOTS_OF_SITE, DelegationEntity.class)
                : em.createNamedQuery(DelegationEntity.OPEN_ROOTS_OF_SITE_BY, DelegationEntity.class).setParameter("grantor", grantorId);
        return query.setParameter("realm", realm.getId()).setParameter("site", site).getResultStream().map(JpaDelegationProvider::stored)
                .toList();
    }

    @Override
    public List<StoredDelegation> openToCabinetAdministrator(RealmModel realm, String cabinet, String userId) {
        return em.createNamedQuery(DelegationEntity.OPEN_TO_CABINET_ADMINISTRATOR, DelegationEntity.class)
                .setParameter("realm", realm.getId()).setParameter("cabinet", cabinet).setParameter("user", userId)
                .getResultStream().map(JpaDelegationProvider::stored).toList();
    }

    @Override
    public List<StoredDelegation> closeBranch(RealmModel realm, String id) {
        List<StoredDelegation> closed = new ArrayList<>();
        find(realm, id).filter(d -> close(realm, d.id())).ifPresent(closed::add);
        Set<String> level = Set.of(id);
        for (int depth = 0; depth < StoredDelegation.MAX_CHAIN_DEPTH && !level.isEmpty(); depth++) {
            List<DelegationEntity> children = em.createNamedQuery(DelegationEntity.CHILDREN, DelegationEntity.class)
                    .setParameter("realm", realm.getId()).setParameter("ids", level).getResultList();
            for (DelegationEntity child : children) {
                if (close(realm, child.id)) {
                    closed.add(stored(child));
                }
            }
            level = children.stream().map(d -> d.id).collect(Collectors.toSet());
        }
        return closed;
    }

    @Override
    public void forgetGrantee(RealmModel realm, String userId) {
        List<DelegationEntity> received = em.createNamedQuery(DelegationEntity.RECEIVED_BY, DelegationEntity.class)
                .setParameter("realm", realm.getId()).setParameter("user", userId).getResultList();
        Map<String, Set<String>> sitesOfAffected = new HashMap<>();
        for (DelegationEntity d : received) {
            descendantGrantees(realm, d.id).forEach(grantee -> sitesOfAffected.computeIfAbsent(grantee, g -> new HashSet<>()).add(d.site));
        }
        em.createNamedQuery(DelegationEntity.DELETE_RECEIVED_BY).setParameter("realm", realm.getId()).setParameter("user", userId)
                .executeUpdate();
        RegistryProvider registry = session.getProvider(RegistryProvider.class);
        sitesOfAffected.forEach((grantee, sites) -> sites.forEach(site -> {
            if (chainsFor(realm, grantee, site).stream().noneMatch(d -> d.granteeId().equals(grantee))) {
                registry.revokeSiteAccess(realm, grantee, site);
            }
        }));
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
        return new StoredDelegation(e.id, e.site, e.granteeId, e.grantorId, e.parentId, e.viaCabinet, e.admin, new TreeSet<>(e.colleges),
                new TreeMap<>(e.modes), e.effet, e.fin, e.closedAt);
    }

    @Override
    public void close() {
    }
}
