package fr.cibtp.espace.rights.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.delegation.DelegationFilter;
import fr.cibtp.espace.delegation.DelegationProvider;
import fr.cibtp.espace.delegation.StoredDelegation;
import fr.cibtp.espace.identifiers.CibtpIdentifier;
import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.registry.SitePage;
import fr.cibtp.espace.registry.api.ApiError;
import fr.cibtp.espace.rights.DelegationRules;
import fr.cibtp.espace.rights.Rights;
import fr.cibtp.espace.rights.RightsCatalogue;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.cors.Cors;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.utils.EmailValidationUtil;

/**
 * The delegation API of CONTRACTS.md under {@code /realms/{realm}/cibtp-delegations}, for the signed-in user's
 * bearer token: their sites, a site's delegations, a new delegation, closing one. French error bodies.
 */
public class DelegationResource {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final int DEFAULT_PAGE_SIZE = 5;
    private static final int MAX_PAGE_SIZE = 100;
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE"};
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]{0,99}");

    private final KeycloakSession session;
    private final RightsCatalogue catalogue;

    public DelegationResource(KeycloakSession session, RightsCatalogue catalogue) {
        this.session = session;
        this.catalogue = catalogue;
    }

    /** The rights catalogue the delegations use (17 features, their allowed modes, 3 collèges), as shipped. */
    @GET
    @Path("catalogue")
    @Produces(MediaType.APPLICATION_JSON)
    public Response catalogue() {
        caller();
        return Response.ok(RightsCatalogue.class.getResourceAsStream(RightsCatalogue.RESOURCE), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("sites")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> sites(@QueryParam("q") String q, @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        AuthResult caller = caller();
        int size = pageSize(max, 20);
        SitePage page = registry().accountSites(realm(), caller.getUser(), q == null || q.length() > 100 ? null : q,
                first == null ? 0 : Math.max(0, first), size);
        List<Map<String, Object>> sites = new ArrayList<>();
        page.sites().forEach(site -> sites.add(Map.of("identifiant", site.identifiant(), "siret", site.siret(), "nom", site.name(),
                "raison_sociale", site.raisonSociale())));
        return Map.of("total", page.total(), "sites", sites);
    }

    @GET
    @Path("sites/{identifiant}/delegations")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list(@PathParam("identifiant") String identifiant, @QueryParam("role") String role,
                                    @QueryParam("statut") String statut, @QueryParam("date_effet") String effetFrom,
                                    @QueryParam("date_fin") String finUntil, @QueryParam("tri") String sort,
                                    @QueryParam("page") Integer page, @QueryParam("taille") Integer taille) {
        AuthResult caller = caller();
        Administered administered = administered(caller.getUser(), identifiant);
        Site site = administered.site();
        LocalDate today = LocalDate.now(FRANCE);
        DelegationFilter filter = new DelegationFilter(administered.standing().viaCabinet(), oneOf("role", role, DelegationFilter.ROLES),
                oneOf("statut", statut, DelegationFilter.STATUTS), today, day("date_effet", effetFrom), day("date_fin", finUntil),
                oneOf("tri", sort, DelegationFilter.SORTS));
        int size = pageSize(taille, DEFAULT_PAGE_SIZE);
        int number = page == null || page < 1 ? 1 : page;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoredDelegation d : delegations().ofSite(realm(), site.identifiant(), filter, (number - 1) * size, size)) {
            rows.add(DelegationJson.of(d, session.users().getUserById(realm(), d.granteeId()), today));
        }
        return Map.of("total", delegations().countOfSite(realm(), site.identifiant(), filter), "page", number, "taille", size,
                "delegations", rows);
    }

    private static String oneOf(String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw ApiError.of(Response.Status.BAD_REQUEST, field, field + " vaut l'une de ces valeurs : " + String.join(", ", allowed) + ".");
        }
        return value;
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiError.of(Response.Status.BAD_REQUEST, field, "Date invalide : attendue sous la forme 2026-12-31.");
        }
    }

    @POST
    @Path("sites/{identifiant}/delegations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("identifiant") String identifiant, Map<String, Object> body) {
        AuthResult caller = caller();
        Administered administered = administered(caller.getUser(), identifiant);
        Site site = administered.site();
        SiteStanding standing = administered.standing();
        DelegationRequest asked = DelegationRequest.read(body == null ? Map.of() : body);
        String email = asked.email();
        if (email == null || email.length() > 254 || !EmailValidationUtil.isValidEmail(email)) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "email", "Adresse électronique absente ou invalide.");
        }
        for (String name : new String[]{asked.nom(), asked.prenom()}) {
            if (name != null && !NAME.matcher(name).matches()) {
                throw ApiError.of(Response.Status.BAD_REQUEST, "nom",
                        "Nom et prénom : au plus 100 caractères, lettres, espaces, tirets, apostrophes et points.");
            }
        }
        DelegationRules rules = new DelegationRules(catalogue);
        List<DelegationRules.Problem> problems = rules.check(asked.request(), standing.rights(), standing.period());
        if (!problems.isEmpty()) {
            throw ApiError.of(Response.Status.BAD_REQUEST, problems.get(0).field(), problems.get(0).message());
        }
        UserModel grantee = session.users().getUserByEmail(realm(), email);
        boolean invited = grantee == null;
        if (invited) {
            grantee = invite(email, asked, caller);
        }
        Rights rights = rules.rightsOf(asked.request());
        Map<String, String> modes = new LinkedHashMap<>();
        rights.modes().forEach((feature, mode) -> modes.put(feature, mode.key()));
        StoredDelegation stored = delegations().add(realm(), new StoredDelegation(null, site.identifiant(), grantee.getId(),
                caller.getUser().getId(), standing.parentId(), standing.viaCabinet(), rights.admin(), rights.colleges(), modes,
                asked.request().effet(), asked.request().fin(), null));
        event(caller, OperationType.CREATE, site, stored.id(), DelegationJson.of(stored, grantee, LocalDate.now(FRANCE)));
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("id", stored.id(), "compte_cree", invited)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("sites/{identifiant}/delegations/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> view(@PathParam("identifiant") String identifiant, @PathParam("id") String id) {
        Administered administered = administered(caller().getUser(), identifiant);
        StoredDelegation delegation = ofSite(administered, id);
        return DelegationJson.of(delegation, session.users().getUserById(realm(), delegation.granteeId()), LocalDate.now(FRANCE));
    }

    /** Changes the rights and period; the rules apply as for a new one, against the rights of who modifies it. */
    @jakarta.ws.rs.PUT
    @Path("sites/{identifiant}/delegations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> modify(@PathParam("identifiant") String identifiant, @PathParam("id") String id, Map<String, Object> body) {
        AuthResult caller = caller();
        Administered administered = administered(caller.getUser(), identifiant);
        Site site = administered.site();
        StoredDelegation current = ofSite(administered, id);
        DelegationRequest asked = DelegationRequest.read(body == null ? Map.of() : body);
        DelegationRules rules = new DelegationRules(catalogue);
        SiteStanding standing = administered.standing();
        List<DelegationRules.Problem> problems = rules.check(asked.request(), standing.rights(), standing.period());
        if (!problems.isEmpty()) {
            throw ApiError.of(Response.Status.BAD_REQUEST, problems.get(0).field(), problems.get(0).message());
        }
        Rights rights = rules.rightsOf(asked.request());
        Map<String, String> modes = new LinkedHashMap<>();
        rights.modes().forEach((feature, mode) -> modes.put(feature, mode.key()));
        StoredDelegation changed = new StoredDelegation(current.id(), current.site(), current.granteeId(), current.grantorId(),
                current.parentId(), current.viaCabinet(), rights.admin(), rights.colleges(), modes, asked.request().effet(),
                asked.request().fin(), null);
        if (!delegations().update(realm(), changed)) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "deja_fermee", "Une délégation fermée ne se modifie plus.");
        }
        Map<String, Object> shown = DelegationJson.of(changed, session.users().getUserById(realm(), changed.granteeId()), LocalDate.now(FRANCE));
        event(caller, OperationType.UPDATE, site, changed.id(), shown);
        return shown;
    }

    @POST
    @Path("sites/{identifiant}/delegations/{id}/fermeture")
    public Response close(@PathParam("identifiant") String identifiant, @PathParam("id") String id) {
        AuthResult caller = caller();
        Administered administered = administered(caller.getUser(), identifiant);
        StoredDelegation delegation = ofSite(administered, id);
        if (!closeAndEndSessions(caller, administered.site(), delegation)) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "deja_fermee", "Cette délégation est déjà fermée.");
        }
        return Response.noContent().build();
    }

    /** The delegation to the adhérent's cabinet comptable (the one the registry names), if any. */
    @GET
    @Path("sites/{identifiant}/cabinet")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> cabinet(@PathParam("identifiant") String identifiant) {
        Administered administered = adherentSide(caller().getUser(), identifiant);
        return CabinetJson.of(cabinetOf(administered.site()), delegations().toCabinet(realm(), administered.site().identifiant(),
                administered.site().cabinetIdentifiant()));
    }

    /** Delegates to the cabinet, or changes what it has: one delegation per administrator of the cabinet. */
    @jakarta.ws.rs.PUT
    @Path("sites/{identifiant}/cabinet")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> delegateToCabinet(@PathParam("identifiant") String identifiant, Map<String, Object> body) {
        AuthResult caller = caller();
        Administered administered = adherentSide(caller.getUser(), identifiant);
        Site site = administered.site();
        fr.cibtp.espace.registry.Cabinet cabinet = cabinetOf(site);
        Map<String, Object> asked = new LinkedHashMap<>(body == null ? Map.of() : body);
        asked.put("admin", false);
        DelegationRules.Request request = DelegationRequest.read(asked).request();
        DelegationRules rules = new DelegationRules(catalogue);
        List<DelegationRules.Problem> problems = rules.check(request, administered.standing().rights(), administered.standing().period());
        if (!problems.isEmpty()) {
            throw ApiError.of(Response.Status.BAD_REQUEST, problems.get(0).field(), problems.get(0).message());
        }
        List<String> administrators = registry().holders(realm(), new Precompte(PrecompteKind.CABINET, cabinet.identifiant()));
        if (administrators.isEmpty()) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "cabinet_sans_espace",
                    "Le cabinet comptable " + cabinet.raisonSociale() + " n'a pas encore créé son espace sécurisé : il ne peut pas encore recevoir de délégation.");
        }
        Rights rights = rules.rightsOf(request);
        Map<String, String> modes = new LinkedHashMap<>();
        rights.modes().forEach((feature, mode) -> modes.put(feature, mode.key()));
        Map<String, StoredDelegation> existing = new LinkedHashMap<>();
        delegations().toCabinet(realm(), site.identifiant(), cabinet.identifiant()).forEach(d -> existing.put(d.granteeId(), d));
        for (String administrator : administrators) {
            StoredDelegation current = existing.get(administrator);
            StoredDelegation wanted = new StoredDelegation(current == null ? null : current.id(), site.identifiant(), administrator,
                    caller.getUser().getId(), null, cabinet.identifiant(), false, rights.colleges(), modes, request.effet(), request.fin(), null);
            String id = current == null ? delegations().add(realm(), wanted).id() : wanted.id();
            if (current != null) {
                delegations().update(realm(), wanted);
            }
            event(caller, current == null ? OperationType.CREATE : OperationType.UPDATE, site, id, Map.of("cabinet", cabinet.identifiant()));
        }
        return CabinetJson.of(cabinet, delegations().toCabinet(realm(), site.identifiant(), cabinet.identifiant()));
    }

    /** Ends the delegation to the cabinet, and with it everything its administrators passed on. */
    @jakarta.ws.rs.DELETE
    @Path("sites/{identifiant}/cabinet")
    public Response revokeCabinet(@PathParam("identifiant") String identifiant) {
        AuthResult caller = caller();
        Administered administered = adherentSide(caller.getUser(), identifiant);
        List<StoredDelegation> toCabinet = delegations().toCabinet(realm(), administered.site().identifiant(),
                cabinetOf(administered.site()).identifiant());
        if (toCabinet.isEmpty()) {
            throw ApiError.of(Response.Status.NOT_FOUND, "aucune_delegation", "Vous n'avez défini aucune délégation à votre cabinet comptable.");
        }
        toCabinet.forEach(d -> closeAndEndSessions(caller, administered.site(), d));
        return Response.noContent().build();
    }

    /** Only the adhérent's side (holder or its own administrators) deals with its cabinet. */
    private Administered adherentSide(UserModel user, String identifiant) {
        Administered administered = administered(user, identifiant);
        if (administered.standing().viaCabinet() != null) {
            throw ApiError.of(Response.Status.FORBIDDEN, "acces_refuse", "Seul l'adhérent gère la délégation à son cabinet comptable.");
        }
        return administered;
    }

    private fr.cibtp.espace.registry.Cabinet cabinetOf(Site site) {
        return site.cabinetIdentifiant() == null ? null : registry().findCabinet(realm(), site.cabinetIdentifiant())
                .orElseThrow(() -> ApiError.of(Response.Status.NOT_FOUND, "aucun_cabinet",
                        "Aucun cabinet comptable délégable n'est associé à cet adhérent."));
    }

    /** The new account of an unknown email: it sets its own password from the link, which also certifies the address. */
    private UserModel invite(String email, DelegationRequest asked, AuthResult caller) {
        RealmModel realm = realm();
        UserModel user = session.users().addUser(realm, email);
        user.setEnabled(true);
        user.setEmail(email);
        user.setFirstName(asked.prenom());
        user.setLastName(asked.nom());
        int lifespan = realm.getActionTokenGeneratedByAdminLifespan();
        List<String> actions = List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name(), UserModel.RequiredAction.VERIFY_EMAIL.name());
        actions.forEach(user::addRequiredAction);
        ExecuteActionsActionToken token = new ExecuteActionsActionToken(user.getId(), email, Time.currentTime() + lifespan, actions,
                null, caller.getClient().getClientId());
        String link = LoginActionsService.actionTokenProcessor(session.getContext().getUri())
                .queryParam("key", token.serialize(session, realm, session.getContext().getUri())).build(realm.getName()).toString();
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user).sendExecuteActions(link,
                    TimeUnit.SECONDS.toMinutes(lifespan));
        } catch (EmailException e) {
            throw ApiError.of(Response.Status.SERVICE_UNAVAILABLE, "courriel_non_envoye",
                    "Le courriel d'invitation n'a pas pu être envoyé : rien n'a été enregistré, réessayez plus tard.");
        }
        return user;
    }

    /** A delegation of the site the caller may manage: a cabinet's administrators, only what the cabinet gave. */
    private StoredDelegation ofSite(Administered administered, String id) {
        String scope = administered.standing().viaCabinet();
        return delegations().find(realm(), id).filter(d -> d.site().equals(administered.site().identifiant()))
                .filter(d -> scope == null || (scope.equals(d.viaCabinet()) && d.parentId() != null))
                .orElseThrow(() -> ApiError.of(Response.Status.NOT_FOUND, "delegation_inconnue", "Aucune délégation de ce site ne porte cet identifiant."));
    }

    boolean closeAndEndSessions(AuthResult caller, Site site, StoredDelegation delegation) {
        Set<String> affected = new HashSet<>(delegations().descendantGrantees(realm(), delegation.id()));
        affected.add(delegation.granteeId());
        if (!delegations().close(realm(), delegation.id())) {
            return false;
        }
        endSessions(affected);
        event(caller, OperationType.UPDATE, site, delegation.id(), Map.of("statut", "fermee", "sessions_terminees", affected.size()));
        return true;
    }

    /** Whoever loses rights by a closing signs in again: their tokens are not refreshed with stale rights. */
    private void endSessions(Set<String> userIds) {
        for (String userId : userIds) {
            UserModel user = session.users().getUserById(realm(), userId);
            if (user != null) {
                session.sessions().getUserSessionsStream(realm(), user).toList()
                        .forEach(userSession -> AuthenticationManager.backchannelLogout(session, userSession, true));
            }
        }
    }

    /** Admin events, as the back office's changes are: who did what to which delegation of which site. */
    void event(AuthResult caller, OperationType operation, Site site, String id, Object representation) {
        AdminAuth auth = new AdminAuth(realm(), caller.getToken(), caller.getUser(), caller.getClient());
        new AdminEventBuilder(realm(), auth, session, session.getContext().getConnection()).operation(operation)
                .resource(ResourceType.CUSTOM).resourcePath("cibtp-delegations/sites/" + site.identifiant() + "/delegations/" + id)
                .representation(representation).success();
    }

    private SiteStanding standing(UserModel user, Site site) {
        if (registry().holds(realm(), user, new Precompte(PrecompteKind.SITE, site.identifiant()))) {
            return SiteStanding.holder(catalogue);
        }
        return SiteStanding.delegate(user.getId(), delegations().chainsFor(realm(), user.getId(), site.identifiant()), LocalDate.now(FRANCE));
    }

    /** A site and what the caller is on it, when the caller may manage its delegations. */
    record Administered(Site site, SiteStanding standing) {
    }

    Administered administered(UserModel user, String typed) {
        Parsed identifiant = CibtpIdentifier.parse(typed);
        Site site = identifiant.isValid() ? registry().findSite(realm(), identifiant.value()).orElse(null) : null;
        if (site == null) {
            throw ApiError.of(Response.Status.NOT_FOUND, "site_inconnu", "Aucun site déclarant ne porte cet identifiant.");
        }
        SiteStanding standing = standing(user, site);
        if (!standing.rights().admin()) {
            throw ApiError.of(Response.Status.FORBIDDEN, "acces_refuse", "Seul un administrateur du site peut gérer ses délégations.");
        }
        return new Administered(site, standing);
    }

    private static int pageSize(Integer asked, int byDefault) {
        if (asked == null) {
            return byDefault;
        }
        if (asked < 1 || asked > MAX_PAGE_SIZE) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "taille", "La taille de page va de 1 à " + MAX_PAGE_SIZE + ".");
        }
        return asked;
    }

    /** Portals on other origins: the browser asks first; any origin may ask, the answer is checked per token. */
    @jakarta.ws.rs.OPTIONS
    @Path("{any:.*}")
    public Response preflight() {
        return Cors.builder().preflight().allowedMethods(METHODS).auth().add(Response.ok());
    }

    AuthResult caller() {
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            throw ApiError.of(Response.Status.UNAUTHORIZED, "non_authentifie", "Jeton d'accès manquant ou invalide.");
        }
        // Only the web origins of the token's client (Clients → client → Web origins) may read the answer.
        Cors.builder().auth().allowedMethods(METHODS).checkAllowedOrigins(auth.getToken()).add();
        return auth;
    }

    RealmModel realm() {
        return session.getContext().getRealm();
    }

    RegistryProvider registry() {
        return session.getProvider(RegistryProvider.class);
    }

    DelegationProvider delegations() {
        return session.getProvider(DelegationProvider.class);
    }
}
