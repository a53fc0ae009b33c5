package fr.cibtp.espace.registry.jpa;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.codes.CodeHasher;
import fr.cibtp.espace.registry.codes.CodeSetting;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** The précomptes' provisional codes in table CIBTP_PROVISIONAL_CODE, for the registry and its import alike. */
final class ProvisionalCodes {

    private final EntityManager em;
    private final CodeHasher hasher;
    private final PrecompteStates states;

    ProvisionalCodes(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.hasher = new CodeHasher(session);
        this.states = new PrecompteStates(em);
    }

    CodeHasher hasher() {
        return hasher;
    }

    Optional<ProvisionalCodeEntity> current(RealmModel realm, Precompte precompte) {
        return em.createNamedQuery(ProvisionalCodeEntity.CURRENT, ProvisionalCodeEntity.class)
                .setParameter("realm", realm.getId()).setParameter("kind", precompte.kind().key())
                .setParameter("id", precompte.identifiant()).setMaxResults(1).getResultStream().findFirst();
    }

    /** Marks the code used, if it is still the précompte's current code and unexpired: of two requests, one wins. */
    boolean consume(RealmModel realm, Precompte precompte, long codeIssuedAt) {
        long now = CaisseClock.millis();
        int updated = em.createNamedQuery(ProvisionalCodeEntity.USE)
                .setParameter("now", now).setParameter("realm", realm.getId())
                .setParameter("kind", precompte.kind().key()).setParameter("id", precompte.identifiant())
                .setParameter("issued", codeIssuedAt).executeUpdate();
        if (updated == 1) {
            states.letterUsed(realm.getId(), precompte, now);
        }
        return updated == 1;
    }

    boolean matches(String canonicalCode, ProvisionalCodeEntity stored) {
        return hasher.verify(canonicalCode, stored.hash);
    }

    /**
     * The précompte's code can no longer open a space, as if used: the letter is in the hands of a company the site
     * left. Marked rather than deleted, so that a file repeating the old code does not arm it again.
     */
    void voidCurrent(RealmModel realm, Precompte precompte) {
        current(realm, precompte).filter(c -> c.usedAt == null).ifPresent(c -> {
            c.usedAt = CaisseClock.millis();
            states.letterUsed(realm.getId(), precompte, c.usedAt);
        });
    }

    /** Replaces the précompte's code: the old one is void, every source's wrong codes and lock start afresh. */
    Instant replace(RealmModel realm, Precompte precompte, String canonicalCode, CibtpSettings settings) {
        ProvisionalCodeEntity existing = current(realm, precompte).orElse(null);
        ProvisionalCodeEntity code = existing;
        if (code == null) {
            code = new ProvisionalCodeEntity();
            code.id = KeycloakModelUtils.generateId();
            code.realmId = realm.getId();
            code.kind = precompte.kind().key();
            code.identifiant = precompte.identifiant();
        }
        long now = CaisseClock.millis();
        code.hash = hasher.hash(canonicalCode, settings.positive(CodeSetting.HASH_ITERATIONS));
        code.issuedAt = now;
        code.expiresAt = now + CodeSetting.lifetime(settings).toMillis();
        code.usedAt = null;
        if (existing == null) {
            em.persist(code);
        } else {
            em.createNamedQuery(CodeLockEntity.LIFT_ALL).setParameter("code", code.id).executeUpdate();
        }
        states.letterIssued(realm.getId(), precompte, code.issuedAt, code.expiresAt);
        return Instant.ofEpochMilli(code.expiresAt);
    }

    /** The précompte's row tells its current letter again: a row the import wrote after the letter was set. */
    void showLetter(RealmModel realm, Precompte precompte) {
        current(realm, precompte).ifPresent(c -> states.letterIssued(realm.getId(), precompte, c.issuedAt, c.expiresAt));
    }
}
