package fr.cibtp.espace.registry.jpa;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import fr.cibtp.espace.identifiers.CibtpIdentifier;
import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.identifiers.ProvisionalCode;
import fr.cibtp.espace.identifiers.SalarieIdentifier;
import fr.cibtp.espace.identifiers.Siret;
import fr.cibtp.espace.registry.EnrollmentCheck;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.codes.CodeDecision;
import fr.cibtp.espace.registry.codes.CodeLockPolicy;
import fr.cibtp.espace.registry.codes.CodeSetting;
import fr.cibtp.espace.registry.codes.CodeSource;
import fr.cibtp.espace.registry.codes.CodeState;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** An enrollment claim weighed against the précompte's code, its wrong codes counted per source: the guessing defence. */
final class EnrollmentChecks {

    private final EntityManager em;
    private final RegistryLookups lookups;
    private final ProvisionalCodes codes;
    private final PrecompteStates states;

    EnrollmentChecks(EntityManager em, RegistryLookups lookups, ProvisionalCodes codes, PrecompteStates states) {
        this.em = em;
        this.lookups = lookups;
        this.codes = codes;
        this.states = states;
    }

    EnrollmentCheck check(RealmModel realm, PrecompteKind space, String identifiant, String siret, String code, String fromAddress) {
        CibtpSettings settings = CibtpSettings.of(realm);
        Parsed typedCode = ProvisionalCode.parse(code);
        Precompte precompte = null;
        boolean holderMatches = false;
        if (space == PrecompteKind.SALARIE) {
            Parsed id = SalarieIdentifier.parse(identifiant);
            if (id.isValid() && lookups.findSalarie(realm, id.value()).isPresent()) {
                precompte = new Precompte(PrecompteKind.SALARIE, id.value());
                holderMatches = true;
            }
        } else {
            Parsed id = CibtpIdentifier.parse(identifiant);
            Parsed typedSiret = Siret.parse(siret);
            if (id.isValid()) {
                Optional<SiteEntity> site = lookups.siteEntity(realm, id.value());
                Optional<String> expectedSiret = site.map(s -> s.siret)
                        .or(() -> lookups.cabinetEntity(realm, id.value()).map(c -> c.siret));
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
        return em.createNamedQuery(CodeLockEntity.OF_SOURCE, CodeLockEntity.class)
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
}
