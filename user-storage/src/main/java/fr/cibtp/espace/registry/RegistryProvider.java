package fr.cibtp.espace.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * The caisse registry, the single owner of its data in Keycloak's database: what the enrollment, sign-in,
 * forgot-password and delegation steps ask of it. Obtain it with {@code session.getProvider(RegistryProvider.class)}.
 */
public interface RegistryProvider extends Provider {

    Optional<Site> findSite(RealmModel realm, String identifiant);

    Optional<Cabinet> findCabinet(RealmModel realm, String identifiant);

    Optional<Salarie> findSalarie(RealmModel realm, String identifiant);

    /**
     * Checks an enrollment claim without consuming the code. A wrong code for the right identifiant and SIRET counts
     * toward the lock of the précompte's code for the source it came from ({@code CodeSource}): a stranger's wrong
     * codes lock the stranger's addresses, not the holder's. Costs one code hash whatever the outcome, so timing does
     * not tell whether the identifiant exists.
     *
     * @param siret       the SIRET typed, or null for a salarié
     * @param fromAddress the client's address, as Keycloak reports it
     */
    EnrollmentCheck checkEnrollment(RealmModel realm, PrecompteKind space, String identifiant, String siret, String code,
                                    String fromAddress);

    /**
     * Marks the code that {@link #checkEnrollment} accepted used, while it is still the précompte's current code and
     * unexpired; false otherwise, or when another request used it first (exactly one wins).
     */
    boolean consumeCode(RealmModel realm, Precompte precompte, long codeIssuedAt);

    /** Records that the account holds the précompte (for a site: its Administrateur). */
    void linkAccount(RealmModel realm, UserModel user, Precompte precompte);

    /**
     * The account no longer holds the précompte; what hung from its holding is {@link HolderRemoval}'s to end. Moves
     * {@link HeldSitesVersion} on, so that no session keeps the holding. False when the account did not hold it.
     */
    boolean unlinkAccount(RealmModel realm, String userId, Precompte precompte);

    /**
     * Locks the précompte's row until the transaction ends: checks that must see each other's outcome on one
     * précompte (who holds it, who is its last administrator) wait for each other instead of racing.
     */
    void lockForChange(RealmModel realm, Precompte precompte);

    List<Precompte> accountPrecomptes(RealmModel realm, UserModel user);

    /**
     * The identifiant of the first précompte of that kind the account linked (its salarié, say); one indexed lookup,
     * whatever the number of sites the account holds.
     */
    Optional<String> firstHeld(RealmModel realm, UserModel user, PrecompteKind kind);

    /** The accounts holding a précompte (for a cabinet: its administrators). */
    List<String> holders(RealmModel realm, Precompte precompte);

    /** Whether the account holds that précompte (for a site: is its Administrateur); one indexed lookup. */
    boolean holds(RealmModel realm, UserModel user, Precompte precompte);

    /** The site's labels and whether the account holds it, in one query: what the claim of every token needs. */
    Optional<AccountSite> accountSite(RealmModel realm, UserModel user, String identifiant);

    /**
     * Lets an account reach a site it does not hold, through a delegation: the site appears in its site chooser.
     * Kept by the delegation store as delegations open and close.
     */
    void grantSiteAccess(RealmModel realm, String userId, String site);

    void revokeSiteAccess(RealmModel realm, String userId, String site);

    /** Whether the account holds the site or reaches it through a delegation; one indexed lookup. */
    boolean reaches(RealmModel realm, UserModel user, String site);

    /** The sites an account holds or reaches through delegations, searched by SIRET, identifiant or name, one page at a time. */
    SitePage accountSites(RealmModel realm, UserModel user, String search, int first, int max);

    /**
     * Identifiants of at most {@code max} sites the account holds or reaches, in no particular order: tells none, one
     * or several apart without reading and sorting all of an accounting firm's sites.
     */
    List<String> someAccountSites(RealmModel realm, UserModel user, int max);

    /**
     * Queues a request for a new code by post, unless one is already waiting for that identifiant or the
     * identifiant is unknown. Callers answer the same either way.
     *
     * @return the précompte whose request was queued; empty when none was
     */
    Optional<Precompte> requestCode(RealmModel realm, String identifiant);

    List<CodeRequest> codeRequests(RealmModel realm, String status);

    boolean markCodeRequestDone(RealmModel realm, String id);

    /** Which précompte an identifiant names, as typed by the back office or a user: a site, a cabinet or a salarié. */
    Optional<Precompte> resolve(RealmModel realm, String typedIdentifiant);

    /** Issues new codes (voiding the previous ones and lifting locks) for the précomptes named; unknown ones are skipped. */
    List<IssuedCode> issueCodes(RealmModel realm, List<String> identifiants);

    /**
     * Streams an NDJSON file of registry records in (the import format of the contract), in batches of its own
     * transactions, so that memory stays flat whatever the file's size; rejected lines are in the report.
     */
    ImportReport importRecords(RealmModel realm, InputStream ndjson) throws IOException;

    /** Identifiants of précomptes of that kind no account holds yet, at most {@code max} from {@code first}. */
    List<String> notEnrolled(RealmModel realm, PrecompteKind kind, int first, int max);
}
