package fr.cibtp.espace.it.support;

import static fr.cibtp.espace.it.support.RegistryOnServer.realm;
import static fr.cibtp.espace.it.support.RegistryOnServer.registry;

import fr.cibtp.espace.registry.EnrollmentCheck;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.jpa.PrecompteStates;
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

    /** The address the checks below come from unless told otherwise (a documentation address, no browser's). */
    public static final String FROM = "192.0.2.10";

    /** Step 1 as the enrollment form runs it, in the space {@code kind}, from {@link #FROM}. */
    public static FetchOnServer check(PrecompteKind kind, String identifiant, String siret, String code) {
        return check(kind, identifiant, siret, code, FROM);
    }

    /** Step 1 typed from the address {@code from}. */
    public static FetchOnServer check(PrecompteKind kind, String identifiant, String siret, String code, String from) {
        return session -> check(session, kind, identifiant, siret, code, from);
    }

    public static Check check(KeycloakSession session, PrecompteKind kind, String identifiant, String siret, String code) {
        return check(session, kind, identifiant, siret, code, FROM);
    }

    private static Check check(KeycloakSession session, PrecompteKind kind, String identifiant, String siret, String code, String from) {
        long start = System.nanoTime();
        EnrollmentCheck check = registry(session).checkEnrollment(realm(session), kind, identifiant, siret, code, from);
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

    /** The wrong codes and lock of the précompte's current code for the checks from {@link #FROM}. */
    public static FetchOnServer state(PrecompteKind kind, String identifiant) {
        return session -> sources(session, kind, identifiant).stream().filter(s -> s.source().equals(FROM)).findFirst()
                .map(SourceState::state).orElse(new CodeState(0, null, null));
    }

    /** The wrong codes and lock of the précompte's current code for every source that typed some. */
    public static FetchOnServer sources(PrecompteKind kind, String identifiant) {
        return session -> sources(session, kind, identifiant).toArray(SourceState[]::new);
    }

    /** One source's wrong codes and lock. */
    public record SourceState(String source, CodeState state) {
    }

    private static java.util.List<SourceState> sources(KeycloakSession session, PrecompteKind kind, String identifiant) {
        return em(session).createQuery("select l.source, l.wrongAttempts, l.lockedUntil, l.lockedAt from CibtpCodeLock l, "
                        + "CibtpProvisionalCode c where l.codeId = c.id and c.realmId = :realm and c.kind = :kind and c.identifiant = :id",
                        Object[].class)
                .setParameter("realm", realm(session).getId()).setParameter("kind", kind.key())
                .setParameter("id", identifiant).getResultStream()
                .map(row -> new SourceState((String) row[0], new CodeState(((Number) row[1]).intValue(), asLong(row[2]), asLong(row[3]))))
                .toList();
    }

    /**
     * Moves the code's expiry into the past, and the précompte's record of its letter with it, as the registry keeps
     * both; returns how many codes it moved.
     */
    public static FetchOnServer expire(PrecompteKind kind, String identifiant) {
        return session -> {
            long past = org.keycloak.common.util.Time.currentTimeMillis() - 1000;
            em(session).createQuery("update " + PrecompteStates.entity(kind) + " p set p.campaign.letterExpiresAt = :past"
                            + " where p.realmId = :realm and p.identifiant = :id")
                    .setParameter("past", past).setParameter("realm", realm(session).getId()).setParameter("id", identifiant).executeUpdate();
            return em(session).createQuery("update CibtpProvisionalCode c set c.expiresAt = :past where c.realmId = :realm "
                            + "and c.kind = :kind and c.identifiant = :id")
                    .setParameter("past", past).setParameter("realm", realm(session).getId())
                    .setParameter("kind", kind.key()).setParameter("id", identifiant).executeUpdate();
        };
    }

    /** The current code's end as the mail-merge file prints it (dd/MM/yyyy, Paris). */
    public static FetchOnServer expiryDate(PrecompteKind kind, String identifiant) {
        return session -> java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(java.time.ZoneId.of("Europe/Paris"))
                .format(java.time.Instant.ofEpochMilli(em(session).createQuery("select c.expiresAt from CibtpProvisionalCode c"
                                + " where c.realmId = :realm and c.kind = :kind and c.identifiant = :id", Long.class)
                        .setParameter("realm", realm(session).getId()).setParameter("kind", kind.key())
                        .setParameter("id", identifiant).getSingleResult()));
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
