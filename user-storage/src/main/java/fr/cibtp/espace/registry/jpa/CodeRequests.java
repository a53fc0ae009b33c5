package fr.cibtp.espace.registry.jpa;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import fr.cibtp.espace.identifiers.ProvisionalCode;
import fr.cibtp.espace.registry.Cabinet;
import fr.cibtp.espace.registry.CodeRequest;
import fr.cibtp.espace.registry.IssuedCode;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.Salarie;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Codes sent by post: the requests users queue, and the new codes the back office issues for its mail merge. */
final class CodeRequests {

    private final EntityManager em;
    private final RegistryLookups lookups;
    private final ProvisionalCodes codes;

    CodeRequests(EntityManager em, RegistryLookups lookups, ProvisionalCodes codes) {
        this.em = em;
        this.lookups = lookups;
        this.codes = codes;
    }

    Optional<Precompte> request(RealmModel realm, String identifiant) {
        Optional<Precompte> precompte = lookups.resolve(realm, identifiant);
        if (precompte.isEmpty()) {
            return Optional.empty();
        }
        // Parallel requests for one précompte wait here for each other, so the second sees the first one queued.
        lookups.lockRow(realm, precompte.get());
        boolean waiting = !em.createNamedQuery(CodeRequestEntity.WAITING_FOR, String.class)
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

    List<CodeRequest> list(RealmModel realm, String status) {
        boolean any = status == null || status.isBlank();
        TypedQuery<CodeRequestEntity> q = em.createNamedQuery(any ? CodeRequestEntity.ALL : CodeRequestEntity.WITH_STATUS,
                CodeRequestEntity.class).setParameter("realm", realm.getId());
        if (!any) {
            q.setParameter("status", status);
        }
        return q.getResultStream().map(r -> new CodeRequest(r.id, r.identifiant, r.status, Instant.ofEpochMilli(r.requestedAt),
                r.processedAt == null ? null : Instant.ofEpochMilli(r.processedAt))).toList();
    }

    boolean markDone(RealmModel realm, String id) {
        return em.createNamedQuery(CodeRequestEntity.MARK_DONE)
                .setParameter("done", CodeRequestEntity.DONE).setParameter("now", CaisseClock.millis())
                .setParameter("realm", realm.getId()).setParameter("id", id).executeUpdate() == 1;
    }

    List<IssuedCode> issue(RealmModel realm, List<String> identifiants) {
        CibtpSettings settings = CibtpSettings.of(realm);
        SecureRandom random = new SecureRandom();
        List<IssuedCode> issued = new ArrayList<>();
        for (String typed : identifiants) {
            Optional<Precompte> precompte = lookups.resolve(realm, typed);
            if (precompte.isEmpty()) {
                continue;
            }
            String code = ProvisionalCode.generate(random);
            Instant expires = codes.replace(realm, precompte.get(), code, settings);
            issued.add(describe(realm, precompte.get(), ProvisionalCode.display(code), expires));
        }
        return issued;
    }

    private IssuedCode describe(RealmModel realm, Precompte p, String code, Instant expires) {
        return switch (p.kind()) {
            case SITE -> {
                Site s = lookups.findSite(realm, p.identifiant()).orElseThrow();
                yield new IssuedCode(p, s.raisonSociale() + " - " + s.name(), s.holder(), code, expires);
            }
            case CABINET -> {
                Cabinet c = lookups.findCabinet(realm, p.identifiant()).orElseThrow();
                yield new IssuedCode(p, c.raisonSociale(), c.holder(), code, expires);
            }
            case SALARIE -> {
                Salarie s = lookups.findSalarie(realm, p.identifiant()).orElseThrow();
                yield new IssuedCode(p, s.holder().lastName() + " " + s.holder().firstName(), s.holder(), code, expires);
            }
        };
    }
}
