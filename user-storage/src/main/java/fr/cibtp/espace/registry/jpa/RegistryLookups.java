package fr.cibtp.espace.registry.jpa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import fr.cibtp.espace.identifiers.CibtpIdentifier;
import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.identifiers.SalarieIdentifier;
import fr.cibtp.espace.registry.Cabinet;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.Salarie;
import fr.cibtp.espace.registry.Site;
import org.keycloak.models.RealmModel;

/** The registry's own records read by identifiant: what the codes, the links and the back office all start from. */
final class RegistryLookups {

    private final EntityManager em;

    RegistryLookups(EntityManager em) {
        this.em = em;
    }

    Optional<Site> findSite(RealmModel realm, String identifiant) {
        return siteEntity(realm, identifiant).map(s -> Mapping.site(s, adherentEntity(realm, s.adherentNumero).orElse(null)));
    }

    Optional<Cabinet> findCabinet(RealmModel realm, String identifiant) {
        return cabinetEntity(realm, identifiant).map(Mapping::cabinet);
    }

    Optional<Salarie> findSalarie(RealmModel realm, String identifiant) {
        return first(em.createNamedQuery(SalarieEntity.BY_IDENTIFIANT, SalarieEntity.class)
                .setParameter("realm", realm.getId()).setParameter("id", identifiant)).map(Mapping::salarie);
    }

    Optional<Precompte> resolve(RealmModel realm, String typed) {
        Parsed cibtp = CibtpIdentifier.parse(typed);
        if (cibtp.isValid()) {
            if (siteEntity(realm, cibtp.value()).isPresent()) {
                return Optional.of(new Precompte(PrecompteKind.SITE, cibtp.value()));
            }
            if (cabinetEntity(realm, cibtp.value()).isPresent()) {
                return Optional.of(new Precompte(PrecompteKind.CABINET, cibtp.value()));
            }
        }
        Parsed salarie = SalarieIdentifier.parse(typed);
        if (salarie.isValid() && findSalarie(realm, salarie.value()).isPresent()) {
            return Optional.of(new Precompte(PrecompteKind.SALARIE, salarie.value()));
        }
        return Optional.empty();
    }

    /** The sites named, in the order given; identifiants no longer in the registry are left out. */
    List<Site> sitesInOrder(RealmModel realm, List<String> identifiants) {
        if (identifiants.isEmpty()) {
            return List.of();
        }
        Map<String, Site> byIdentifiant = new HashMap<>();
        em.createNamedQuery(SiteEntity.WITH_ADHERENTS, Object[].class)
                .setParameter("realm", realm.getId()).setParameter("ids", identifiants).getResultStream()
                .map(row -> Mapping.site((SiteEntity) row[0], (AdherentEntity) row[1]))
                .forEach(site -> byIdentifiant.put(site.identifiant(), site));
        return identifiants.stream().map(byIdentifiant::get).filter(Objects::nonNull).toList();
    }

    void lockRow(RealmModel realm, Precompte precompte) {
        RegistryTables.row(em, realm.getId(), precompte).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    Optional<SiteEntity> siteEntity(RealmModel realm, String identifiant) {
        return first(em.createNamedQuery(SiteEntity.BY_IDENTIFIANT, SiteEntity.class)
                .setParameter("realm", realm.getId()).setParameter("id", identifiant));
    }

    Optional<CabinetEntity> cabinetEntity(RealmModel realm, String identifiant) {
        return first(em.createNamedQuery(CabinetEntity.BY_IDENTIFIANT, CabinetEntity.class)
                .setParameter("realm", realm.getId()).setParameter("id", identifiant));
    }

    private Optional<AdherentEntity> adherentEntity(RealmModel realm, String numero) {
        return first(em.createNamedQuery(AdherentEntity.BY_NUMERO, AdherentEntity.class)
                .setParameter("realm", realm.getId()).setParameter("n", numero));
    }

    static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
