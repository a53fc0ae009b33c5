package fr.cibtp.espace.it.probe;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.cibtp.espace.registry.EnrollmentCheck;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.sms.SmsGateway;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Deployed only into the test server: lets the integration tests call our providers the way the sign-in steps
 * do (registry, SMS gateway), and move a code's expiry into the past.
 */
public class TestProbe {

    private final KeycloakSession session;

    public TestProbe(KeycloakSession session) {
        this.session = session;
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> check(Map<String, String> claim) {
        long start = System.nanoTime();
        EnrollmentCheck check = registry().checkEnrollment(realm(), PrecompteKind.fromKey(claim.get("space")).orElseThrow(),
                claim.get("identifiant"), claim.get("siret"), claim.get("code"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("outcome", check.outcome().name());
        answer.put("precompte", check.precompte() == null ? null : check.precompte().reference());
        answer.put("codeIssuedAt", check.codeIssuedAt());
        answer.put("lockedUntil", check.lockedUntil() == null ? null : check.lockedUntil().toEpochMilli());
        answer.put("counted", check.counted().name());
        answer.put("nanos", System.nanoTime() - start);
        return answer;
    }

    @POST
    @Path("consume")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> consume(Map<String, String> precompte) {
        return Map.of("consumed", registry().consumeCode(realm(), precompte(precompte), Long.parseLong(precompte.get("codeIssuedAt"))));
    }

    /** The stored counter and locks of a précompte's code, as the database holds them. */
    @POST
    @Path("code-state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> codeState(Map<String, String> precompte) {
        Precompte p = precompte(precompte);
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        Object[] row = em.createQuery("select c.wrongAttempts, c.lockedUntil, c.lockedAt from CibtpProvisionalCode c "
                        + "where c.realmId = :realm and c.kind = :kind and c.identifiant = :id", Object[].class)
                .setParameter("realm", realm().getId()).setParameter("kind", p.kind().key())
                .setParameter("id", p.identifiant()).getSingleResult();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("wrongAttempts", row[0]);
        answer.put("lockedUntil", row[1]);
        answer.put("lockedAt", row[2]);
        return answer;
    }

    @POST
    @Path("expire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> expire(Map<String, String> precompte) {
        Precompte p = precompte(precompte);
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        int updated = em.createQuery("update CibtpProvisionalCode c set c.expiresAt = :past where c.realmId = :realm "
                        + "and c.kind = :kind and c.identifiant = :id")
                .setParameter("past", System.currentTimeMillis() - 1000).setParameter("realm", realm().getId())
                .setParameter("kind", p.kind().key()).setParameter("id", p.identifiant()).executeUpdate();
        return Map.of("expired", updated);
    }

    @POST
    @Path("request-code")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> requestCode(Map<String, String> request) {
        return Map.of("queued", registry().requestCode(realm(), request.get("identifiant")).isPresent());
    }

    @POST
    @Path("link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> link(Map<String, String> link) {
        registry().linkAccount(realm(), session.users().getUserById(realm(), link.get("userId")), precompte(link));
        return Map.of("linked", true);
    }

    /** Stores a delegation as the delegation API will: modes as "feature=mode,...", collèges as "a,b". */
    @POST
    @Path("delegation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> delegation(Map<String, String> d) {
        java.util.Map<String, String> modes = new java.util.LinkedHashMap<>();
        for (String pair : d.get("modes").split(",")) {
            modes.put(pair.split("=")[0], pair.split("=")[1]);
        }
        var stored = session.getProvider(fr.cibtp.espace.delegation.store.DelegationProvider.class).add(realm(),
                new fr.cibtp.espace.delegation.store.StoredDelegation(null, d.get("site"), d.get("granteeId"), d.get("grantorId"),
                        d.get("parentId"), d.get("viaCabinet"), "true".equals(d.get("admin")),
                        java.util.Set.of(d.get("colleges").split(",")), modes, java.time.LocalDate.parse(d.get("effet")),
                        d.get("fin") == null ? null : java.time.LocalDate.parse(d.get("fin")), null));
        return Map.of("id", stored.id());
    }

    /** Many delegations on one site at once (grantees need not exist), for listing measures. */
    @POST
    @Path("delegations-many")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> delegationsMany(Map<String, String> d) {
        var store = session.getProvider(fr.cibtp.espace.delegation.store.DelegationProvider.class);
        int count = Integer.parseInt(d.get("count"));
        for (int i = 0; i < count; i++) {
            store.add(realm(), new fr.cibtp.espace.delegation.store.StoredDelegation(null, d.get("site"), "grantee-" + i, d.get("grantorId"),
                    null, null, false, java.util.Set.of("ouvrier"), Map.of("planning", "consultation"),
                    java.time.LocalDate.now().minusDays(i % 30), null, null));
        }
        var em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        em.flush();
        fr.cibtp.espace.registry.jpa.PlannerStatistics.refresh(em, "CIBTP_DELEGATION", "CIBTP_ACCOUNT_LINK");
        return Map.of("added", count);
    }

    @POST
    @Path("close-delegation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> closeDelegation(Map<String, String> d) {
        return Map.of("closed", session.getProvider(fr.cibtp.espace.delegation.store.DelegationProvider.class).close(realm(), d.get("id")));
    }

    /** The daily delegation job, run now as if on the given day. */
    @POST
    @Path("delegation-expiry")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> delegationExpiry(Map<String, String> q) {
        int[] done = fr.cibtp.espace.delegation.expiry.DelegationExpiry.run(session, java.time.LocalDate.parse(q.get("today")));
        return Map.of("closed", done[0], "reminded", done[1]);
    }

    /** A user's rights on a site through delegations, computed from the store as the token mapper does. */
    @POST
    @Path("delegated-rights")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> delegatedRights(Map<String, String> q) {
        var stored = session.getProvider(fr.cibtp.espace.delegation.store.DelegationProvider.class).chainsFor(realm(), q.get("userId"), q.get("site"));
        var rights = fr.cibtp.espace.delegation.claim.DelegatedRights.of(q.get("userId"), stored, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")));
        java.util.Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("stored", stored.size());
        answer.put("role", rights.role() == null ? "" : rights.role());
        answer.put("via", rights.via() == null ? "" : rights.via());
        java.util.Map<String, String> droits = new java.util.TreeMap<>();
        rights.rights().modes().forEach((feature, mode) -> droits.put(feature, mode.key()));
        answer.put("droits", droits);
        return answer;
    }

    /** Links many sites at once (comma-separated identifiants), for accounts holding thousands of them. */
    @POST
    @Path("link-many")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> linkMany(Map<String, String> link) {
        var user = session.users().getUserById(realm(), link.get("userId"));
        String[] identifiants = link.get("identifiants").split(",");
        for (String identifiant : identifiants) {
            registry().linkAccount(realm(), user, new Precompte(PrecompteKind.SITE, identifiant));
        }
        // Thousands of links at once, which enrollments never make: give PostgreSQL the statistics its autovacuum
        // would have gathered over the months they take.
        var em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        em.flush();
        fr.cibtp.espace.registry.jpa.PlannerStatistics.refresh(em, "CIBTP_ACCOUNT_LINK");
        return Map.of("linked", identifiants.length);
    }

    @POST
    @Path("account-sites")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> accountSites(Map<String, String> query) {
        var user = session.users().getUserById(realm(), query.get("userId"));
        var page = registry().accountSites(realm(), user, query.get("q"), Integer.parseInt(query.getOrDefault("first", "0")),
                Integer.parseInt(query.getOrDefault("max", "10")));
        return Map.of("total", page.total(), "identifiants", page.sites().stream().map(fr.cibtp.espace.registry.Site::identifiant).toList(),
                "precomptes", registry().accountPrecomptes(realm(), user).size());
    }

    @POST
    @Path("account-precomptes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> accountPrecomptes(Map<String, String> query) {
        long count = session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("select count(l) from CibtpAccountLink l where l.userId = :user", Long.class)
                .setParameter("user", query.get("userId")).getSingleResult();
        var user = session.users().getUserById(realm(), query.get("userId"));
        var held = user == null ? java.util.List.<String>of() : registry().accountPrecomptes(realm(), user).stream()
                .map(Precompte::reference).sorted().toList();
        return Map.of("links", count, "precomptes", held);
    }

    @POST
    @Path("sms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> sms(Map<String, String> sms) {
        try {
            new SmsGateway(session).send(realm(), sms.get("userId"), sms.get("number"), sms.get("text"));
            return Map.of("sent", true);
        } catch (SmsDeliveryException e) {
            return Map.of("sent", false, "messageKey", e.messageKey(), "reason", e.getMessage());
        }
    }

    /** Gives an account a certified mobile, as "Certification du numéro de téléphone" does. */
    @POST
    @Path("certified-mobile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> certifiedMobile(Map<String, String> request) {
        var user = session.users().getUserById(realm(), request.get("userId"));
        user.setSingleAttribute(fr.cibtp.espace.sms.PhoneCertification.PHONE_NUMBER, request.get("number"));
        user.setSingleAttribute(fr.cibtp.espace.sms.PhoneCertification.PHONE_NUMBER_VERIFIED, "true");
        return Map.of("certified", true);
    }

    private Precompte precompte(Map<String, String> json) {
        return new Precompte(PrecompteKind.fromKey(json.get("kind")).orElseThrow(), json.get("identifiant"));
    }

    private RegistryProvider registry() {
        return session.getProvider(RegistryProvider.class);
    }

    private RealmModel realm() {
        return session.getContext().getRealm();
    }
}
