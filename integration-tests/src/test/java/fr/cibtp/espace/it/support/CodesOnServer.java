package fr.cibtp.espace.it.support;

import static fr.cibtp.espace.it.support.RegistryOnServer.realm;
import static fr.cibtp.espace.it.support.RegistryOnServer.registry;

import fr.cibtp.espace.registry.EnrollmentCheck;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.testframework.remote.providers.runonserver.FetchOnServer;

/** Provisional codes as the enrollment steps use them, called inside the server; and their stored state. */
public final class CodesOnServer {

    private CodesOnServer() {
    }

    /** What step 1 concludes from typed letters, what the try did to the code, and how long the registry took to say it. */
    public record Check(String outcome, String precompte, long codeIssuedAt, Long lockedUntil, String counted, long nanos) {

        static Check of(EnrollmentCheck check, long nanos) {
            return new Check(check.outcome().name(), check.precompte() == null ? null : check.precompte().reference(),
                    check.codeIssuedAt(), check.lockedUntil() == null ? null : check.lockedUntil().toEpochMilli(),
                    check.counted().name(), nanos);
        }
    }

    /** The stored counter and locks of a précompte's code, as the database holds them. */
    public record CodeState(int wrongAttempts, Long lockedUntil, Long lockedAt) {
    }

    /** Step 1 as the enrollment form runs it, in the space {@code kind}. */
    public static FetchOnServer check(PrecompteKind kind, String identifiant, String siret, String code) {
        return session -> check(session, kind, identifiant, siret, code);
    }

    public static Check check(KeycloakSession session, PrecompteKind kind, String identifiant, String siret, String code) {
        long start = System.nanoTime();
        EnrollmentCheck check = registry(session).checkEnrollment(realm(session), kind, identifiant, siret, code);
        return Check.of(check, System.nanoTime() - start);
    }

    /** Step 2 using the code step 1 accepted. */
    public static FetchOnServer consume(PrecompteKind kind, String identifiant, long codeIssuedAt) {
        return session -> registry(session).consumeCode(realm(session), new Precompte(kind, identifiant), codeIssuedAt);
    }

    /** "Demande d'un nouveau code confidentiel": whether the request was queued. */
    public static FetchOnServer requestCode(String identifiant) {
        return session -> registry(session).requestCode(realm(session), identifiant).isPresent();
    }

    public static FetchOnServer state(PrecompteKind kind, String identifiant) {
        return session -> {
            Object[] row = em(session).createQuery("select c.wrongAttempts, c.lockedUntil, c.lockedAt from CibtpProvisionalCode c "
                            + "where c.realmId = :realm and c.kind = :kind and c.identifiant = :id", Object[].class)
                    .setParameter("realm", realm(session).getId()).setParameter("kind", kind.key())
                    .setParameter("id", identifiant).getSingleResult();
            return new CodeState(((Number) row[0]).intValue(), asLong(row[1]), asLong(row[2]));
        };
    }

    /** Moves the code's expiry into the past; returns how many codes it moved. */
    public static FetchOnServer expire(PrecompteKind kind, String identifiant) {
        return session -> em(session).createQuery("update CibtpProvisionalCode c set c.expiresAt = :past where c.realmId = :realm "
                        + "and c.kind = :kind and c.identifiant = :id")
                .setParameter("past", System.currentTimeMillis() - 1000).setParameter("realm", realm(session).getId())
                .setParameter("kind", kind.key()).setParameter("id", identifiant).executeUpdate();
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
