package fr.cibtp.espace.registry.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import fr.cibtp.espace.identifiers.CibtpIdentifier;
import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.identifiers.ProvisionalCode;
import fr.cibtp.espace.identifiers.SalarieIdentifier;
import fr.cibtp.espace.identifiers.Siret;
import fr.cibtp.espace.registry.AccountSite;
import fr.cibtp.espace.registry.Cabinet;
import fr.cibtp.espace.registry.CodeRequest;
import fr.cibtp.espace.registry.EnrollmentCheck;
import fr.cibtp.espace.registry.HeldSitesVersion;
import fr.cibtp.espace.registry.IssuedCode;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.Salarie;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.registry.SitePage;
import fr.cibtp.espace.registry.codes.CodeDecision;
import fr.cibtp.espace.registry.codes.CodeLockPolicy;
import fr.cibtp.espace.registry.codes.CodeSetting;
import fr.cibtp.espace.registry.codes.CodeSource;
import fr.cibtp.espace.registry.codes.CodeState;
import fr.cibtp.espace.registry.importing.ImportReport;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** The registry on Keycloak's own database (H2, PostgreSQL...), through its JPA entity manager. */
public class JpaRegistryProvider implements RegistryProvider {

    /** Kind of the account links that let a delegate reach a site it does not hold. */

    private final KeycloakSession session;
    private final EntityManager em;
    private final ProvisionalCodes codes;
    private final PrecompteStates states;

    public JpaRegistryProvider(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.codes = new ProvisionalCodes(session);
        this.states = new PrecompteStates(em);
    }

    @Override
    public Optional<Site> findSite(RealmModel realm, String identifiant) {
        return siteEntity(realm, identifiant).map(s -> Mapping.site(s, adherentEntity(realm, s.adherentNumero).orElse(null)));
    }

    @Override
    public Optional<Cabinet> findCabinet(RealmModel realm, String identifiant) {
        return cabinetEntity(realm, identifiant).map(Mapping::cabinet);
    }

    @Override
    public Optional<Salarie> findSalarie(RealmModel realm, String identifiant) {
        return single(em.createQuery("select s from CibtpSalarie s where s.realmId = :realm and s.identifiant = :id", SalarieEntity.class)
                .setParameter("realm", realm.getId()).setParameter("id", identifiant)).map(Mapping::salarie);
    }

    @Override
    public EnrollmentCheck checkEnrollment(RealmModel realm, PrecompteKind space, String identifiant, String siret, String code,
                                           String fromAddress) {
        CibtpSettings settings = CibtpSettings.of(realm);
        Parsed typedCode = ProvisionalCode.parse(code);
        Precompte precompte = null;
        boolean holderMatches = false;
        if (space == PrecompteKind.SALARIE) {
            Parsed id = SalarieIdentifier.parse(identifiant);
            if (id.isValid() && findSalarie(realm, id.value()).isPresent()) {
                precompte = new Precompte(PrecompteKind.SALARIE, id.value());
                holderMatches = true;
            }
        } else {
            Parsed id = CibtpIdentifier.parse(identifiant);
            Parsed typedSiret = Siret.parse(siret);
            if (id.isValid()) {
                Optional<SiteEntity> site = siteEntity(realm, id.value());
                Optional<String> expectedSiret = site.map(s -> s.siret)
                        .or(() -> cabinetEntity(realm, id.value()).map(c -> c.siret));
                if (expectedSiret.isPresent()) {
                    precompte = new Precompte(site.isPresent() ? PrecompteKind.SITE : PrecompteKind.CABINET, id.value());
                    holderMatches = typedSiret.isValid() && typedSiret.value().equals(expectedSiret.get());
                }
            }
        }

        // One hash whatever the case, so the time taken does not tell an unknown identifiant from a wrong code.
        ProvisionalCodeEntity stored = precompte == null ? null : codes.current(realm, precompte).orElse(null);
        boolean codeMatches;
        if (stored != null && typedCode.isValid()) {
            codeMatches = codes.matches(typedCode.value(), stored);
        } else {
            codes.hasher().spendEquivalentTime(typedCode.value(), settings.positive(CodeSetting.HASH_ITERATIONS));
            codeMatches = false;
        }

        long now = CaisseClock.millis();
        String source = CodeSource.of(fromAddress);
        CodeLockEntity lock = stored == null || !holderMatches ? null : codeLock(stored.id, source);
        CodeState state = stored == null ? null : new CodeState(stored.expiresAt, stored.usedAt, lock == null ? 0 : lock.wrongAttempts,
                lock == null ? null : lock.lockedUntil, lock == null ? null : lock.lockedAt);
        CodeDecision decision = CodeDecision.decide(state, holderMatches, codeMatches, now);
        EnrollmentCheck.Counted counted = decision.countWrongAttempt()
                ? countWrongCode(realm, stored, source, CodeSetting.lockPolicy(settings), now) : EnrollmentCheck.Counted.NOTHING;
        if (decision.outcome() == EnrollmentCheck.Outcome.ACCEPTED) {
            return new EnrollmentCheck(decision.outcome(), precompte, stored.issuedAt, null, counted);
        }
        return new EnrollmentCheck(decision.outcome(), precompte, 0,
                decision.lockedUntil() == null ? null : Instant.ofEpochMilli(decision.lockedUntil()), counted);
    }

    private CodeLockEntity codeLock(String codeId, String source) {
        return em.createQuery("select l from CibtpCodeLock l where l.codeId = :code and l.source = :source", CodeLockEntity.class)
                .setParameter("code", codeId).setParameter("source", source).getResultStream().findFirst().orElse(null);
    }

    /**
     * Counts a source's wrong code and locks that source as the policy says. The code's row is locked first, so that
     * parallel guesses from one source all count (the first one creating the source's row).
     */
    private EnrollmentCheck.Counted countWrongCode(RealmModel realm, ProvisionalCodeEntity code, String source, CodeLockPolicy policy,
                                                   long now) {
        em.refresh(code, LockModeType.PESSIMISTIC_WRITE);
        CodeLockEntity counted = codeLock(code.id, source);
        if (counted == null) {
            counted = new CodeLockEntity();
            counted.id = KeycloakModelUtils.generateId();
            counted.realmId = realm.getId();
            counted.codeId = code.id;
            counted.source = source;
            em.persist(counted);
        } else {
            em.refresh(counted);
        }
        counted.wrongAttempts++;
        CodeLockPolicy.Lock lock = policy.after(counted.wrongAttempts, now);
        if (lock.permanent() && counted.lockedAt == null) {
            counted.lockedAt = now;
        } else if (lock.until() != null) {
            counted.lockedUntil = lock.until();
        }
        em.flush();
        if (lock.any()) {
            states.letterLocked(realm.getId(), new Precompte(PrecompteKind.fromKey(code.kind).orElseThrow(), code.identifiant),
                    lock.permanent() ? Long.MAX_VALUE : lock.until());
        }
        return lock.any() ? EnrollmentCheck.Counted.LOCKED_NOW : EnrollmentCheck.Counted.WRONG_CODE;
    }

    @Override
    public boolean consumeCode(RealmModel realm, Precompte precompte, long codeIssuedAt) {
        long now = CaisseClock.millis();
        int updated = em.createQuery("update CibtpProvisionalCode c set c.usedAt = :now where c.realmId = :realm "
                        + "and c.kind = :kind and c.identifiant = :id and c.issuedAt = :issued and c.expiresAt > :now "
                        + "and c.usedAt is null")
                .setParameter("now", now).setParameter("realm", realm.getId())
                .setParameter("kind", precompte.kind().key()).setParameter("id", precompte.identifiant())
                .setParameter("issued", codeIssuedAt).executeUpdate();
        if (updated == 1) {
            states.letterUsed(realm.getId(), precompte, now);
        }
        return updated == 1;
    }

    @Override
    public void linkAccount(RealmModel realm, UserModel user, Precompte precompte) {
        boolean exists = !em.createQuery("select l.id from CibtpAccountLink l where l.userId = :user and l.kind = :kind "
                        + "and l.identifiant = :id", String.class)
                .setParameter("user", user.getId()).setParameter("kind", precompte.kind().key())
                .setParameter("id", precompte.identifiant()).getResultList().isEmpty();
        if (exists) {
            return;
        }
        AccountLinkEntity link = new AccountLinkEntity();
        link.id = KeycloakModelUtils.generateId();
        link.realmId = realm.getId();
        link.userId = user.getId();
        link.kind = precompte.kind().key();
        link.identifiant = precompte.identifiant();
        link.createdAt = CaisseClock.millis();
        if (precompte.kind() == PrecompteKind.SITE) {
            LinkedSiteLabels.copy(em, link);
        }
        em.persist(link);
        states.held(realm.getId(), precompte, link.createdAt);
    }

    @Override
    public void lockForChange(RealmModel realm, Precompte precompte) {
        lockRegistryRow(realm, precompte);
    }

    @Override
    public boolean unlinkAccount(RealmModel realm, String userId, Precompte precompte) {
        // Removals of two holders at once see each other: the second knows when none is left.
        lockRegistryRow(realm, precompte);
        int removed = em.createQuery("delete from CibtpAccountLink l where l.realmId = :realm and l.userId = :user and l.kind = :kind "
                        + "and l.identifiant = :id")
                .setParameter("realm", realm.getId()).setParameter("user", userId).setParameter("kind", precompte.kind().key())
                .setParameter("id", precompte.identifiant()).executeUpdate();
        if (removed > 0) {
            HeldSitesVersion.advance(realm);
            states.released(realm.getId(), precompte);
        }
        return removed > 0;
    }

    @Override
    public List<String> holders(RealmModel realm, Precompte precompte) {
        return em.createQuery("select l.userId from CibtpAccountLink l where l.realmId = :realm and l.kind = :kind "
                        + "and l.identifiant = :id order by l.createdAt", String.class)
                .setParameter("realm", realm.getId()).setParameter("kind", precompte.kind().key())
                .setParameter("id", precompte.identifiant()).getResultList();
    }

    @Override
    public boolean holds(RealmModel realm, UserModel user, Precompte precompte) {
        return !em.createQuery("select l.id from CibtpAccountLink l where l.userId = :user and l.kind = :kind "
                        + "and l.identifiant = :id", String.class)
                .setParameter("user", user.getId()).setParameter("kind", precompte.kind().key())
                .setParameter("id", precompte.identifiant()).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Precompte> accountPrecomptes(RealmModel realm, UserModel user) {
        return em.createQuery("select l from CibtpAccountLink l where l.realmId = :realm and l.userId = :user "
                        + "order by l.createdAt", AccountLinkEntity.class)
                .setParameter("realm", realm.getId()).setParameter("user", user.getId()).getResultStream()
                .filter(l -> !AccountLinkEntity.DELEGATED.equals(l.kind))
                .map(l -> new Precompte(PrecompteKind.fromKey(l.kind).orElseThrow(), l.identifiant)).toList();
    }

    @Override
    public Optional<String> firstHeld(RealmModel realm, UserModel user, PrecompteKind kind) {
        return single(em.createQuery("select l.identifiant from CibtpAccountLink l where l.userId = :user and l.kind = :kind "
                        + "and l.realmId = :realm order by l.createdAt", String.class)
                .setParameter("user", user.getId()).setParameter("kind", kind.key()).setParameter("realm", realm.getId()));
    }

    @Override
    public Optional<AccountSite> accountSite(RealmModel realm, UserModel user, String identifiant) {
        return AccountSiteQuery.find(em, realm.getId(), user.getId(), identifiant);
    }

    @Override
    public void grantSiteAccess(RealmModel realm, String userId, String site) {
        boolean reached = !em.createQuery("select l.id from CibtpAccountLink l where l.userId = :user and l.identifiant = :site "
                        + "and l.kind in ('site', :delegated)", String.class)
                .setParameter("user", userId).setParameter("site", site).setParameter("delegated", AccountLinkEntity.DELEGATED)
                .setMaxResults(1).getResultList().isEmpty();
        if (reached) {
            return;
        }
        AccountLinkEntity link = new AccountLinkEntity();
        link.id = KeycloakModelUtils.generateId();
        link.realmId = realm.getId();
        link.userId = userId;
        link.kind = AccountLinkEntity.DELEGATED;
        link.identifiant = site;
        link.createdAt = CaisseClock.millis();
        LinkedSiteLabels.copy(em, link);
        em.persist(link);
    }

    @Override
    public void revokeSiteAccess(RealmModel realm, String userId, String site) {
        em.createQuery("delete from CibtpAccountLink l where l.userId = :user and l.kind = :delegated and l.identifiant = :site")
                .setParameter("user", userId).setParameter("delegated", AccountLinkEntity.DELEGATED).setParameter("site", site).executeUpdate();
    }

    @Override
    public boolean reaches(RealmModel realm, UserModel user, String site) {
        return !em.createQuery("select l.id from CibtpAccountLink l where l.userId = :user and l.identifiant = :site "
                        + "and l.kind in ('site', :delegated)", String.class)
                .setParameter("user", user.getId()).setParameter("site", site).setParameter("delegated", AccountLinkEntity.DELEGATED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public SitePage accountSites(RealmModel realm, UserModel user, String search, int first, int max) {
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
        return new SitePage(sitesInOrder(realm, identifiants), total);
    }

    private List<Site> sitesInOrder(RealmModel realm, List<String> identifiants) {
        if (identifiants.isEmpty()) {
            return List.of();
        }
        Map<String, Site> byIdentifiant = new HashMap<>();
        em.createQuery("select s, a from CibtpSite s, CibtpAdherent a where s.realmId = :realm and s.identifiant in :ids"
                        + " and a.realmId = s.realmId and a.numero = s.adherentNumero", Object[].class)
                .setParameter("realm", realm.getId()).setParameter("ids", identifiants).getResultStream()
                .map(row -> Mapping.site((SiteEntity) row[0], (AdherentEntity) row[1]))
                .forEach(site -> byIdentifiant.put(site.identifiant(), site));
        return identifiants.stream().map(byIdentifiant::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<String> someAccountSites(RealmModel realm, UserModel user, int max) {
        return siteQuery(em.createNamedQuery(AccountLinkEntity.SITES_ANY, String.class), realm, user, null)
                .setMaxResults(Math.max(1, max)).getResultList();
    }

    private static <T> TypedQuery<T> siteQuery(TypedQuery<T> query, RealmModel realm, UserModel user, String search) {
        query.setParameter("realm", realm.getId()).setParameter("user", user.getId());
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

    @Override
    public Optional<Precompte> requestCode(RealmModel realm, String identifiant) {
        Optional<Precompte> precompte = resolve(realm, identifiant);
        if (precompte.isEmpty()) {
            return Optional.empty();
        }
        // Parallel requests for one précompte wait here for each other, so the second sees the first one queued.
        lockRegistryRow(realm, precompte.get());
        boolean waiting = !em.createQuery("select r.id from CibtpCodeRequest r where r.realmId = :realm "
                        + "and r.identifiant = :id and r.status = :waiting", String.class)
                .setParameter("realm", realm.getId()).setParameter("id", precompte.get().identifiant())
                .setParameter("waiting", CodeRequestEntity.WAITING).getResultList().isEmpty();
        if (waiting) {
            return Optional.empty();
        }
        CodeRequestEntity request = new CodeRequestEntity();
        request.id = KeycloakModelUtils.generateId();
        request.realmId = realm.getId();
        request.identifiant = precompte.get().identifiant();
        request.status = CodeRequestEntity.WAITING;
        request.requestedAt = CaisseClock.millis();
        em.persist(request);
        return precompte;
    }

    @Override
    public List<CodeRequest> codeRequests(RealmModel realm, String status) {
        String filter = status == null || status.isBlank() ? "" : " and r.status = :status";
        TypedQuery<CodeRequestEntity> q = em.createQuery("select r from CibtpCodeRequest r where r.realmId = :realm"
                + filter + " order by r.requestedAt", CodeRequestEntity.class).setParameter("realm", realm.getId());
        if (!filter.isEmpty()) {
            q.setParameter("status", status);
        }
        return q.getResultStream().map(r -> new CodeRequest(r.id, r.identifiant, r.status, Instant.ofEpochMilli(r.requestedAt),
                r.processedAt == null ? null : Instant.ofEpochMilli(r.processedAt))).toList();
    }

    @Override
    public boolean markCodeRequestDone(RealmModel realm, String id) {
        return em.createQuery("update CibtpCodeRequest r set r.status = :done, r.processedAt = :now "
                        + "where r.realmId = :realm and r.id = :id")
                .setParameter("done", CodeRequestEntity.DONE).setParameter("now", CaisseClock.millis())
                .setParameter("realm", realm.getId()).setParameter("id", id).executeUpdate() == 1;
    }

    @Override
    public List<IssuedCode> issueCodes(RealmModel realm, List<String> identifiants) {
        CibtpSettings settings = CibtpSettings.of(realm);
        java.security.SecureRandom random = new java.security.SecureRandom();
        List<IssuedCode> issued = new ArrayList<>();
        for (String typed : identifiants) {
            Optional<Precompte> precompte = resolve(realm, typed);
            if (precompte.isEmpty()) {
                continue;
            }
            String code = ProvisionalCode.generate(random);
            Instant expires = codes.replace(realm, precompte.get(), code, settings);
            issued.add(describe(realm, precompte.get(), ProvisionalCode.display(code), expires));
        }
        return issued;
    }

    @Override
    public List<String> notEnrolled(RealmModel realm, PrecompteKind kind, int first, int max) {
        return RegistryTables.notEnrolled(em, realm.getId(), kind).setFirstResult(first).setMaxResults(max).getResultList();
    }

    private IssuedCode describe(RealmModel realm, Precompte p, String code, Instant expires) {
        return switch (p.kind()) {
            case SITE -> {
                Site s = findSite(realm, p.identifiant()).orElseThrow();
                yield new IssuedCode(p, s.raisonSociale() + " - " + s.name(), s.holder(), code, expires);
            }
            case CABINET -> {
                Cabinet c = findCabinet(realm, p.identifiant()).orElseThrow();
                yield new IssuedCode(p, c.raisonSociale(), c.holder(), code, expires);
            }
            case SALARIE -> {
                Salarie s = findSalarie(realm, p.identifiant()).orElseThrow();
                yield new IssuedCode(p, s.holder().lastName() + " " + s.holder().firstName(), s.holder(), code, expires);
            }
        };
    }

    @Override
    public Optional<Precompte> resolve(RealmModel realm, String typed) {
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

    private void lockRegistryRow(RealmModel realm, Precompte precompte) {
        RegistryTables.row(em, realm.getId(), precompte).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private Optional<SiteEntity> siteEntity(RealmModel realm, String identifiant) {
        return single(em.createQuery("select s from CibtpSite s where s.realmId = :realm and s.identifiant = :id", SiteEntity.class)
                .setParameter("realm", realm.getId()).setParameter("id", identifiant));
    }

    private Optional<CabinetEntity> cabinetEntity(RealmModel realm, String identifiant) {
        return single(em.createQuery("select c from CibtpCabinet c where c.realmId = :realm and c.identifiant = :id", CabinetEntity.class)
                .setParameter("realm", realm.getId()).setParameter("id", identifiant));
    }

    private Optional<AdherentEntity> adherentEntity(RealmModel realm, String numero) {
        return single(em.createQuery("select a from CibtpAdherent a where a.realmId = :realm and a.numero = :n", AdherentEntity.class)
                .setParameter("realm", realm.getId()).setParameter("n", numero));
    }

    private static <T> Optional<T> single(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public ImportReport importRecords(RealmModel realm, InputStream ndjson) throws IOException {
        return RegistryImport.run(session.getKeycloakSessionFactory(), realm, ndjson);
    }

    @Override
    public void close() {
    }
}
