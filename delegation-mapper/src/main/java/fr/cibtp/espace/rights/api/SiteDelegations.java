package fr.cibtp.espace.rights.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.delegation.DelegationFilter;
import fr.cibtp.espace.delegation.DelegationProvider;
import fr.cibtp.espace.delegation.StoredDelegation;
import fr.cibtp.espace.identifiers.CibtpIdentifier;
import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.limits.Slots;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.registry.SitePage;
import fr.cibtp.espace.registry.api.ApiError;
import fr.cibtp.espace.rights.DelegationRules;
import fr.cibtp.espace.rights.Rights;
import fr.cibtp.espace.rights.RightsCatalogue;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.utils.EmailValidationUtil;

/**
 * What a signed-in user may do with the delegations of a site, for the API and the page alike: their sites, a
 * site's delegations, add, view, modify, close, the cabinet's delegation. Refusals are {@link ApiError}s with a
 * French message and a stable code.
 */
public class SiteDelegations {

    private static final int DEFAULT_PAGE_SIZE = 5;
    private static final int MAX_PAGE_SIZE = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]{0,99}");

    private final KeycloakSession session;
    private final RightsCatalogue catalogue;
    private final AuthResult caller;
    private Administered known;

    /** @param caller the signed-in user, by bearer token (API) or by the sign-in cookie (page) */
    public SiteDelegations(KeycloakSession session, RightsCatalogue catalogue, AuthResult caller) {
        this.session = session;
        this.catalogue = catalogue;
        this.caller = caller;
    }

    private static void refuseIfAny(List<DelegationRules.Problem> problems) {
        if (!problems.isEmpty()) {
            DelegationRules.Problem first = problems.get(0);
            throw ApiError.of(Response.Status.BAD_REQUEST, first.code(), first.message(),
                    Map.of("champ", first.field(), "parametres", first.args()));
        }
    }

    /** The site whose delegations the caller manages, and how: on the adhérent's side, or for its cabinet. */
    public Map<String, Object> managed(String identifiant) {
        Administered administered = administered(identifiant);
        Site site = administered.site();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("identifiant", site.identifiant());
        shown.put("siret", site.siret());
        shown.put("nom", site.name());
        shown.put("raison_sociale", site.raisonSociale());
        shown.put("pour_le_cabinet", administered.standing().viaCabinet() != null);
        shown.put("cabinet_delegable", site.cabinetIdentifiant() != null && administered.standing().viaCabinet() == null);
        return shown;
    }

    public Map<String, Object> sites(String q, Integer first, Integer max) {
        int size = pageSize(max, 20);
        SitePage page = registry().accountSites(realm(), caller.user(), q == null || q.length() > 100 ? null : q,
                first == null ? 0 : Math.max(0, first), size);
        List<Map<String, Object>> sites = new ArrayList<>();
        page.sites().forEach(site -> sites.add(Map.of("identifiant", site.identifiant(), "siret", site.siret(), "nom", site.name(),
                "raison_sociale", site.raisonSociale())));
        return Map.of("total", page.total(), "sites", sites);
    }

    public Map<String, Object> list(String identifiant, String role,
                                    String statut, String effetFrom,
                                    String finUntil, String sort,
                                    Integer page, Integer taille) {
        Administered administered = administered(identifiant);
        Site site = administered.site();
        LocalDate today = CaisseClock.today();
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
            throw ApiError.of(Response.Status.BAD_REQUEST, "valeur_inconnue", field + " vaut l'une de ces valeurs : " + String.join(", ", allowed) + ".",
                    Map.of("champ", field));
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
            throw DelegationRequest.invalidDate(field);
        }
    }

    public Map<String, Object> create(String identifiant, Map<String, Object> body) {
        Administered administered = administered(identifiant);
        Site site = administered.site();
        SiteStanding standing = administered.standing();
        DelegationRequest asked = DelegationRequest.read(body == null ? Map.of() : body);
        String email = asked.email();
        if (email == null || email.length() > 254 || !EmailValidationUtil.isValidEmail(email)) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "email_invalide", "Adresse électronique absente ou invalide.", Map.of("champ", "email"));
        }
        for (String name : new String[]{asked.nom(), asked.prenom()}) {
            if (name != null && !NAME.matcher(name).matches()) {
                throw ApiError.of(Response.Status.BAD_REQUEST, "nom_invalide",
                        "Nom et prénom : au plus 100 caractères, lettres, espaces, tirets, apostrophes et points.", Map.of("champ", "nom"));
            }
        }
        DelegationRules rules = new DelegationRules(catalogue);
        List<DelegationRules.Problem> problems = rules.check(asked.request(), standing.rights(), standing.period());
        refuseIfAny(problems);
        UserModel grantee = session.users().getUserByEmail(realm(), email);
        boolean invited = grantee == null;
        if (invited) {
            int perDay = CibtpSettings.of(realm()).positive(Setting.INVITATIONS_PER_DAY);
            Slots invitations = Slots.perDay(session, realm(), "invitation", caller.user().getId(), perDay);
            String slot = invitations.take();
            if (slot == null) {
                throw ApiError.of(Response.Status.TOO_MANY_REQUESTS, "trop_d_invitations", "Vous avez déjà invité " + perDay
                        + " nouvelles personnes ces dernières 24 heures : réessayez demain, ou déléguez à des comptes existants.",
                        Map.of("parametres", List.of(perDay)));
            }
            try {
                grantee = Invitation.send(session, email, asked.nom(), asked.prenom(), caller.client().getClientId());
            } catch (RuntimeException e) {
                // Nothing was invited (the mail server refused): the try does not count.
                invitations.giveBack(slot);
                throw e;
            }
        }
        Rights rights = rules.rightsOf(asked.request());
        Map<String, String> modes = new LinkedHashMap<>();
        rights.modes().forEach((feature, mode) -> modes.put(feature, mode.key()));
        StoredDelegation stored = delegations().add(realm(), new StoredDelegation(null, site.identifiant(), grantee.getId(),
                caller.user().getId(), standing.parentId(), standing.viaCabinet(), rights.admin(), rights.colleges(), modes,
                asked.request().effet(), asked.request().fin(), null));
        event(OperationType.CREATE, site, stored.id(), DelegationJson.of(stored, grantee, CaisseClock.today()));
        return Map.of("id", stored.id(), "compte_cree", invited);
    }

    public Map<String, Object> view(String identifiant, String id) {
        Administered administered = administered(identifiant);
        StoredDelegation delegation = ofSite(administered, id);
        return DelegationJson.of(delegation, session.users().getUserById(realm(), delegation.granteeId()), CaisseClock.today());
    }

    /** Changes the rights and period; the rules apply as for a new one, against the rights of who modifies it. */
    public Map<String, Object> modify(String identifiant, String id, Map<String, Object> body) {
        Administered administered = administered(identifiant);
        Site site = administered.site();
        StoredDelegation current = ofSite(administered, id);
        DelegationRequest asked = DelegationRequest.read(body == null ? Map.of() : body);
        DelegationRules rules = new DelegationRules(catalogue);
        SiteStanding standing = administered.standing();
        List<DelegationRules.Problem> problems = rules.check(asked.request(), standing.rights(), standing.period());
        refuseIfAny(problems);
        Rights rights = rules.rightsOf(asked.request());
        if (!rights.admin()) {
            keepAnAdministrator(site, current);
        }
        Map<String, String> modes = new LinkedHashMap<>();
        rights.modes().forEach((feature, mode) -> modes.put(feature, mode.key()));
        StoredDelegation changed = new StoredDelegation(current.id(), current.site(), current.granteeId(), current.grantorId(),
                current.parentId(), current.viaCabinet(), rights.admin(), rights.colleges(), modes, asked.request().effet(),
                asked.request().fin(), null);
        if (!delegations().update(realm(), changed)) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "deja_fermee", "Une délégation fermée ne se modifie plus.");
        }
        Map<String, Object> shown = DelegationJson.of(changed, session.users().getUserById(realm(), changed.granteeId()), CaisseClock.today());
        event(OperationType.UPDATE, site, changed.id(), shown);
        return shown;
    }

    public void close(String identifiant, String id) {
        Administered administered = administered(identifiant);
        StoredDelegation delegation = ofSite(administered, id);
        keepAnAdministrator(administered.site(), delegation);
        if (!closeAndEndSessions(administered.site(), delegation)) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "deja_fermee", "Cette délégation est déjà fermée.");
        }
    }

    /**
     * A site never loses its last administrator: an administrator may not take away their own admin rights unless
     * the site keeps another one (the account holding it, or another active admin delegation).
     */
    private void keepAnAdministrator(Site site, StoredDelegation losing) {
        String self = caller.user().getId();
        if (!losing.admin() || !losing.granteeId().equals(self) || losing.closed()) {
            return;
        }
        boolean holderLeft = registry().holders(realm(), new Precompte(PrecompteKind.SITE, site.identifiant())).stream()
                .anyMatch(holder -> !holder.equals(self));
        DelegationFilter activeAdmins = new DelegationFilter(null, "administrateur", "active", CaisseClock.today(), null, null, null);
        boolean adminLeft = holderLeft || delegations().ofSite(realm(), site.identifiant(), activeAdmins, 0, MAX_PAGE_SIZE).stream()
                .anyMatch(d -> !d.granteeId().equals(self));
        if (!adminLeft) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "dernier_administrateur",
                    "Vous êtes le dernier administrateur de ce site : désignez-en un autre avant de retirer vos propres droits d'administration.");
        }
    }

    /** The delegation to the adhérent's cabinet comptable (the one the registry names), if any. */
    public Map<String, Object> cabinet(String identifiant) {
        Administered administered = adherentSide(identifiant);
        return CabinetJson.of(cabinetOf(administered.site()), delegations().toCabinet(realm(), administered.site().identifiant(),
                administered.site().cabinetIdentifiant()));
    }

    /** Delegates to the cabinet, or changes what it has: one delegation per administrator of the cabinet. */
    public Map<String, Object> delegateToCabinet(String identifiant, Map<String, Object> body) {
        Administered administered = adherentSide(identifiant);
        Site site = administered.site();
        fr.cibtp.espace.registry.Cabinet cabinet = cabinetOf(site);
        Map<String, Object> asked = new LinkedHashMap<>(body == null ? Map.of() : body);
        asked.put("admin", false);
        DelegationRules.Request request = DelegationRequest.read(asked).request();
        DelegationRules rules = new DelegationRules(catalogue);
        List<DelegationRules.Problem> problems = rules.check(request, administered.standing().rights(), administered.standing().period());
        refuseIfAny(problems);
        List<String> administrators = registry().holders(realm(), new Precompte(PrecompteKind.CABINET, cabinet.identifiant()));
        if (administrators.isEmpty()) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "cabinet_sans_espace",
                    "Le cabinet comptable " + cabinet.raisonSociale() + " n'a pas encore créé son espace sécurisé : il ne peut pas encore recevoir de délégation.",
                    Map.of("parametres", List.of(cabinet.raisonSociale())));
        }
        Rights rights = rules.rightsOf(request);
        Map<String, String> modes = new LinkedHashMap<>();
        rights.modes().forEach((feature, mode) -> modes.put(feature, mode.key()));
        Map<String, StoredDelegation> existing = new LinkedHashMap<>();
        delegations().toCabinet(realm(), site.identifiant(), cabinet.identifiant()).forEach(d -> existing.put(d.granteeId(), d));
        for (String administrator : administrators) {
            StoredDelegation current = existing.get(administrator);
            // Made by an administrator delegate, it hangs from that delegate's own: narrowing or ending it narrows this too.
            StoredDelegation wanted = new StoredDelegation(current == null ? null : current.id(), site.identifiant(), administrator,
                    caller.user().getId(), administered.standing().parentId(), cabinet.identifiant(), false, rights.colleges(), modes,
                    request.effet(), request.fin(), null);
            String id = current == null ? delegations().add(realm(), wanted).id() : wanted.id();
            if (current != null) {
                delegations().update(realm(), wanted);
            }
            event(current == null ? OperationType.CREATE : OperationType.UPDATE, site, id, Map.of("cabinet", cabinet.identifiant()));
        }
        return CabinetJson.of(cabinet, delegations().toCabinet(realm(), site.identifiant(), cabinet.identifiant()));
    }

    /** Ends the delegation to the cabinet, and with it everything its administrators passed on. */
    public void revokeCabinet(String identifiant) {
        Administered administered = adherentSide(identifiant);
        List<StoredDelegation> toCabinet = delegations().toCabinet(realm(), administered.site().identifiant(),
                cabinetOf(administered.site()).identifiant());
        if (toCabinet.isEmpty()) {
            throw ApiError.of(Response.Status.NOT_FOUND, "aucune_delegation", "Vous n'avez défini aucune délégation à votre cabinet comptable.");
        }
        toCabinet.forEach(d -> closeAndEndSessions(administered.site(), d));
    }

    /** Only the adhérent's side (holder or its own administrators) deals with its cabinet. */
    private Administered adherentSide(String identifiant) {
        Administered administered = administered(identifiant);
        if (administered.standing().viaCabinet() != null) {
            throw ApiError.of(Response.Status.FORBIDDEN, "reserve_a_l_adherent", "Seul l'adhérent gère la délégation à son cabinet comptable.");
        }
        return administered;
    }

    private fr.cibtp.espace.registry.Cabinet cabinetOf(Site site) {
        return site.cabinetIdentifiant() == null ? null : registry().findCabinet(realm(), site.cabinetIdentifiant())
                .orElseThrow(() -> ApiError.of(Response.Status.NOT_FOUND, "aucun_cabinet",
                        "Aucun cabinet comptable délégable n'est associé à cet adhérent."));
    }

    /** A delegation of the site the caller may manage: a cabinet's administrators, only what the cabinet gave. */
    private StoredDelegation ofSite(Administered administered, String id) {
        String scope = administered.standing().viaCabinet();
        return delegations().find(realm(), id).filter(d -> d.site().equals(administered.site().identifiant()))
                .filter(d -> scope == null || (scope.equals(d.viaCabinet()) && passedOnByCabinet(d)))
                .orElseThrow(() -> ApiError.of(Response.Status.NOT_FOUND, "delegation_inconnue", "Aucune délégation de ce site ne porte cet identifiant."));
    }

    /** Whether the delegation is one the cabinet passed on (its parent is a cabinet delegation), not the adhérent's to it. */
    private boolean passedOnByCabinet(StoredDelegation d) {
        return d.parentId() != null && delegations().find(realm(), d.parentId()).map(p -> p.viaCabinet() != null).orElse(false);
    }

    boolean closeAndEndSessions(Site site, StoredDelegation delegation) {
        Set<String> affected = new HashSet<>(delegations().descendantGrantees(realm(), delegation.id()));
        affected.add(delegation.granteeId());
        if (!delegations().close(realm(), delegation.id())) {
            return false;
        }
        endSessions(affected);
        event(OperationType.UPDATE, site, delegation.id(), Map.of("statut", "fermee", "sessions_terminees", affected.size()));
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
    void event(OperationType operation, Site site, String id, Object representation) {
        AdminAuth auth = new AdminAuth(realm(), caller.token(), caller.user(), caller.client());
        new AdminEventBuilder(realm(), auth, session, session.getContext().getConnection()).operation(operation)
                .resource(ResourceType.CUSTOM).resourcePath("cibtp-delegations/sites/" + site.identifiant() + "/delegations/" + id)
                .representation(representation).success();
    }

    private SiteStanding standing(UserModel user, Site site) {
        if (registry().holds(realm(), user, new Precompte(PrecompteKind.SITE, site.identifiant()))) {
            return SiteStanding.holder(catalogue);
        }
        return SiteStanding.delegate(user.getId(), delegations().chainsFor(realm(), user.getId(), site.identifiant()), CaisseClock.today());
    }

    /** A site and what the caller is on it, when the caller may manage its delegations. */
    record Administered(Site site, SiteStanding standing) {
    }

    /**
     * The site and the caller's standing on it, looked up once a request: a page asks for it, then for the list and
     * the cabinet block of the same site.
     */
    Administered administered(String typed) {
        if (known != null && known.site().identifiant().equals(CibtpIdentifier.parse(typed).value())) {
            return known;
        }
        Parsed identifiant = CibtpIdentifier.parse(typed);
        Site site = identifiant.isValid() ? registry().findSite(realm(), identifiant.value()).orElse(null) : null;
        if (site == null) {
            throw ApiError.of(Response.Status.NOT_FOUND, "site_inconnu", "Aucun site déclarant ne porte cet identifiant.");
        }
        SiteStanding standing = standing(caller.user(), site);
        if (!standing.rights().admin()) {
            throw ApiError.of(Response.Status.FORBIDDEN, "acces_refuse", "Seul un administrateur du site peut gérer ses délégations.");
        }
        known = new Administered(site, standing);
        return known;
    }

    private static int pageSize(Integer asked, int byDefault) {
        if (asked == null) {
            return byDefault;
        }
        if (asked < 1 || asked > MAX_PAGE_SIZE) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "taille_invalide", "La taille de page va de 1 à " + MAX_PAGE_SIZE + ".", Map.of("champ", "taille"));
        }
        return asked;
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
