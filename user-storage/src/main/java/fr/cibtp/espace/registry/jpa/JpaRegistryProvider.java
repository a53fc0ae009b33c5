package fr.cibtp.espace.registry.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import fr.cibtp.espace.registry.AccountSite;
import fr.cibtp.espace.registry.Cabinet;
import fr.cibtp.espace.registry.CodeRequest;
import fr.cibtp.espace.registry.EnrollmentCheck;
import fr.cibtp.espace.registry.ImportReport;
import fr.cibtp.espace.registry.IssuedCode;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.Salarie;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.registry.SitePage;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The registry on Keycloak's own database (H2, PostgreSQL...), through its JPA entity manager. */
public class JpaRegistryProvider implements RegistryProvider {

    private final KeycloakSession session;
    private final EntityManager em;
    private final RegistryLookups lookups;
    private final ProvisionalCodes codes;
    private final EnrollmentChecks enrollment;
    private final AccountLinks links;
    private final SiteChooser chooser;
    private final CodeRequests requests;

    public JpaRegistryProvider(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        PrecompteStates states = new PrecompteStates(em);
        this.lookups = new RegistryLookups(em);
        this.codes = new ProvisionalCodes(session);
        this.enrollment = new EnrollmentChecks(em, lookups, codes, states);
        this.links = new AccountLinks(em, lookups, states);
        this.chooser = new SiteChooser(em, lookups);
        this.requests = new CodeRequests(em, lookups, codes);
    }

    @Override
    public Optional<Site> findSite(RealmModel realm, String identifiant) {
        return lookups.findSite(realm, identifiant);
    }

    @Override
    public Optional<Cabinet> findCabinet(RealmModel realm, String identifiant) {
        return lookups.findCabinet(realm, identifiant);
    }

    @Override
    public Optional<Salarie> findSalarie(RealmModel realm, String identifiant) {
        return lookups.findSalarie(realm, identifiant);
    }

    @Override
    public Optional<Precompte> resolve(RealmModel realm, String typed) {
        return lookups.resolve(realm, typed);
    }

    @Override
    public EnrollmentCheck checkEnrollment(RealmModel realm, PrecompteKind space, String identifiant, String siret, String code,
                                           String fromAddress) {
        return enrollment.check(realm, space, identifiant, siret, code, fromAddress);
    }

    @Override
    public boolean consumeCode(RealmModel realm, Precompte precompte, long codeIssuedAt) {
        return codes.consume(realm, precompte, codeIssuedAt);
    }

    @Override
    public void linkAccount(RealmModel realm, UserModel user, Precompte precompte) {
        links.link(realm, user, precompte);
    }

    @Override
    public void lockForChange(RealmModel realm, Precompte precompte) {
        lookups.lockRow(realm, precompte);
    }

    @Override
    public boolean unlinkAccount(RealmModel realm, String userId, Precompte precompte) {
        return links.unlink(realm, userId, precompte);
    }

    @Override
    public List<String> holders(RealmModel realm, Precompte precompte) {
        return links.holders(realm, precompte);
    }

    @Override
    public boolean holds(RealmModel realm, UserModel user, Precompte precompte) {
        return links.holds(user, precompte);
    }

    @Override
    public List<Precompte> accountPrecomptes(RealmModel realm, UserModel user) {
        return links.precomptes(realm, user);
    }

    @Override
    public Optional<String> firstHeld(RealmModel realm, UserModel user, PrecompteKind kind) {
        return links.firstHeld(realm, user, kind);
    }

    @Override
    public Optional<AccountSite> accountSite(RealmModel realm, UserModel user, String identifiant) {
        return AccountSiteQuery.find(em, realm.getId(), user.getId(), identifiant);
    }

    @Override
    public void grantSiteAccess(RealmModel realm, String userId, String site) {
        links.grantSiteAccess(realm, userId, site);
    }

    @Override
    public void revokeSiteAccess(RealmModel realm, String userId, String site) {
        links.revokeSiteAccess(userId, site);
    }

    @Override
    public boolean reaches(RealmModel realm, UserModel user, String site) {
        return links.reaches(user.getId(), site);
    }

    @Override
    public SitePage accountSites(RealmModel realm, UserModel user, String search, int first, int max) {
        return chooser.page(realm, user, search, first, max);
    }

    @Override
    public List<String> someAccountSites(RealmModel realm, UserModel user, int max) {
        return chooser.some(realm, user, max);
    }

    @Override
    public Optional<Precompte> requestCode(RealmModel realm, String identifiant) {
        return requests.request(realm, identifiant);
    }

    @Override
    public List<CodeRequest> codeRequests(RealmModel realm, String status) {
        return requests.list(realm, status);
    }

    @Override
    public boolean markCodeRequestDone(RealmModel realm, String id) {
        return requests.markDone(realm, id);
    }

    @Override
    public List<IssuedCode> issueCodes(RealmModel realm, List<String> identifiants) {
        return requests.issue(realm, identifiants);
    }

    @Override
    public List<String> notEnrolled(RealmModel realm, PrecompteKind kind, int first, int max) {
        return RegistryTables.notEnrolled(em, realm.getId(), kind).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public ImportReport importRecords(RealmModel realm, InputStream ndjson) throws IOException {
        return RegistryImport.run(session, realm, ndjson);
    }

    @Override
    public void close() {
    }
}
