package fr.cibtp.espace.delegation.service;

import java.time.LocalDate;
import java.util.List;

import fr.cibtp.espace.delegation.DelegationRules;
import fr.cibtp.espace.delegation.Period;
import fr.cibtp.espace.delegation.Power;
import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.claim.DelegatedRights;
import fr.cibtp.espace.delegation.service.SiteAccess.Administered;
import fr.cibtp.espace.delegation.service.Views.Created;
import fr.cibtp.espace.delegation.service.Views.DelegationList;
import fr.cibtp.espace.delegation.service.Views.DelegationView;
import fr.cibtp.espace.delegation.service.Views.ManagedSite;
import fr.cibtp.espace.delegation.service.Views.SiteList;
import fr.cibtp.espace.delegation.service.Views.SiteSummary;
import fr.cibtp.espace.delegation.store.DelegationFilter;
import fr.cibtp.espace.delegation.store.StoredDelegation;
import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.registry.SitePage;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * What a signed-in user may do with the delegations of a site, for the API and the page alike: their sites, a
 * site's delegations, add, view, modify, close. Refusals are {@link Refusal}s; the cabinet's delegation is
 * {@link #cabinet()}.
 */
public class SiteDelegations {

    static final int MAX_PAGE_SIZE = 100;
    private static final int DEFAULT_PAGE_SIZE = 5;
    private static final int DEFAULT_SITES_PAGE = 20;

    private final SiteAccess access;
    private final DelegationChanges changes;

    /** @param caller the signed-in user, by bearer token (API) or by the sign-in cookie (page) */
    public SiteDelegations(KeycloakSession session, RightsCatalogue catalogue, AuthResult caller) {
        this.access = new SiteAccess(session, catalogue, caller);
        this.changes = new DelegationChanges(access);
    }

    /** The delegation to the site's cabinet comptable, for the same caller. */
    public CabinetDelegations cabinet() {
        return new CabinetDelegations(access, changes);
    }

    /** Refuses ({@code second_facteur_requis}) unless the caller typed an SMS code recently enough to grant power. */
    public void requireRecentSecondFactor() {
        access.requireRecentSecondFactor();
    }

    public ManagedSite managed(String identifiant) {
        Administered administered = access.administered(identifiant);
        Site site = administered.site();
        return new ManagedSite(site.identifiant(), site.siret(), site.name(), site.raisonSociale(), administered.forCabinet(),
                site.cabinetIdentifiant() != null && !administered.forCabinet());
    }

    public SiteList sites(String q, Integer first, Integer max) {
        SitePage page = access.registry().accountSites(access.realm(), access.user(), q == null || q.length() > 100 ? null : q,
                first == null ? 0 : Math.max(0, first), pageSize(max, DEFAULT_SITES_PAGE, "max"));
        return new SiteList(page.total(), page.sites().stream()
                .map(site -> new SiteSummary(site.identifiant(), site.siret(), site.name(), site.raisonSociale())).toList());
    }

    /** One page of the site's delegations, filtered as the API's query says. */
    public DelegationList list(String identifiant, ListQuery query) {
        Administered administered = access.administered(identifiant);
        LocalDate today = CaisseClock.today();
        DelegationFilter filter = new DelegationFilter(administered.standing().viaCabinet(),
                oneOf("role", query.role(), DelegationFilter.ROLES), oneOf("statut", query.statut(), DelegationFilter.STATUTS), today,
                DelegationInput.day(query.effetFrom(), "date_effet"), DelegationInput.day(query.finUntil(), "date_fin"),
                oneOf("tri", query.sort(), DelegationFilter.SORTS), query.currentOnly());
        int size = pageSize(query.taille(), DEFAULT_PAGE_SIZE, "taille");
        int number = query.page() == null || query.page() < 1 ? 1 : query.page();
        String site = administered.site().identifiant();
        List<DelegationView> rows = access.delegations().ofSite(access.realm(), site, filter, (number - 1) * size, size).stream()
                .map(d -> view(d, today)).toList();
        return new DelegationList(access.delegations().countOfSite(access.realm(), site, filter), number, size, rows);
    }

    /** The list's filters, sort and page, as typed; null means none; {@code currentOnly}: no closed or ended one. */
    public record ListQuery(String role, String statut, String effetFrom, String finUntil, String sort, Integer page, Integer taille,
                            boolean currentOnly) {
    }

    public Created create(String identifiant, DelegationInput asked) {
        Administered administered = access.administered(identifiant);
        String email = asked.checkedEmail();
        asked.checkNames();
        GranteePhones phones = GranteePhones.of(asked, access.realm());
        DelegationRules.Request request = checked(asked, administered);
        Rights rights = new DelegationRules(access.catalogue).rightsOf(request);
        if (Power.grantedOrWidened(null, null, rights, new Period(request.effet(), request.fin()))) {
            access.requireRecentSecondFactor();
        }
        UserModel grantee = access.session.users().getUserByEmail(access.realm(), email);
        boolean invited = grantee == null;
        if (invited) {
            grantee = new Invitation(access).send(email, asked.nom(), asked.prenom(), phones, administered.site());
        }
        SiteStanding standing = administered.standing();
        StoredDelegation stored = access.delegations().add(access.realm(), new StoredDelegation(null, administered.site().identifiant(),
                grantee.getId(), access.user().getId(), standing.parentId(), standing.viaCabinet(), rights.admin(), rights.colleges(),
                rights.modeKeys(), request.effet(), request.fin(), null));
        DelegationView shown = view(stored, CaisseClock.today());
        if (Power.isPower(rights)) {
            notice(administered.site(), stored, shown);
        }
        changes.recorded(OperationType.CREATE, administered.site(), stored.id(), shown);
        return new Created(stored.id(), invited);
    }

    public DelegationView view(String identifiant, String id) {
        return view(ofSite(access.administered(identifiant), id), CaisseClock.today());
    }

    /**
     * Changes the rights and period. The rules apply as for a new one, against the whole chain the delegation hangs
     * from (up to the holder), so that nothing outgrows or outlives what is above it; a delegate changes only its
     * own branch, and its own delegation only to narrow it.
     */
    public DelegationView modify(String identifiant, String id, DelegationInput asked) {
        Administered administered = access.administered(identifiant);
        StoredDelegation current = changeable(administered, id);
        List<StoredDelegation> above = access.above(current);
        DelegationRules.Request request = checked(asked, new Administered(administered.site(),
                SiteStanding.above(above, access.catalogue, CaisseClock.today())));
        Rights rights = new DelegationRules(access.catalogue).rightsOf(request);
        Period period = new Period(request.effet(), request.fin());
        Rights before = rightsOf(current);
        Period beforePeriod = new Period(current.effet(), current.fin());
        if (isOwn(administered, current) && (!rights.within(before) || !period.within(beforePeriod))) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, RefusalCode.HORS_DE_VOTRE_BRANCHE);
        }
        boolean widened = Power.grantedOrWidened(before, beforePeriod, rights, period);
        if (widened) {
            access.requireRecentSecondFactor();
        }
        if (!rights.admin()) {
            keepAnAdministrator(administered.site(), current);
        }
        StoredDelegation changed = new StoredDelegation(current.id(), current.site(), current.granteeId(), current.grantorId(),
                current.parentId(), current.viaCabinet(), rights.admin(), rights.colleges(), rights.modeKeys(), request.effet(),
                request.fin(), null);
        if (!access.delegations().update(access.realm(), changed)) {
            throw Refusal.invalid(RefusalCode.DEJA_FERMEE, null);
        }
        DelegationView shown = view(changed, CaisseClock.today());
        if (widened) {
            notice(administered.site(), changed, shown);
        }
        changes.recorded(OperationType.UPDATE, administered.site(), changed.id(), shown);
        return shown;
    }

    public void close(String identifiant, String id) {
        Administered administered = access.administered(identifiant);
        StoredDelegation delegation = changeable(administered, id);
        keepAnAdministrator(administered.site(), delegation);
        if (!changes.closeAndEndSessions(administered.site(), delegation)) {
            throw Refusal.invalid(RefusalCode.DEJA_FERMEE, null);
        }
    }

    /** The request the rules accept from this caller on this site, or the first problem as a refusal. */
    static DelegationRules.Request checked(DelegationInput asked, Administered administered, RightsCatalogue catalogue) {
        DelegationRules.Request request = asked.request(CaisseClock.today());
        List<DelegationRules.Problem> problems = new DelegationRules(catalogue).check(request, administered.standing().rights(),
                administered.standing().period());
        if (!problems.isEmpty()) {
            throw problems.get(0).refusal();
        }
        return request;
    }

    private DelegationRules.Request checked(DelegationInput asked, Administered administered) {
        return checked(asked, administered, access.catalogue);
    }

    /**
     * A site never loses its last administrator: an administrator may not take away their own admin rights unless
     * the site keeps another one (the account holding it, or another active admin delegation). The site's row is
     * locked first: two last-but-one administrators leaving at once see each other, and the second stays.
     */
    private void keepAnAdministrator(Site site, StoredDelegation losing) {
        String self = access.user().getId();
        if (!losing.admin() || !losing.granteeId().equals(self) || losing.closed()) {
            return;
        }
        access.registry().lockForChange(access.realm(), new Precompte(PrecompteKind.SITE, site.identifiant()));
        boolean holderLeft = access.registry().holders(access.realm(), new Precompte(PrecompteKind.SITE, site.identifiant())).stream()
                .anyMatch(holder -> !holder.equals(self));
        DelegationFilter activeAdmins = new DelegationFilter(null, "administrateur", "active", CaisseClock.today(), null, null, null, false);
        boolean adminLeft = holderLeft || access.delegations().ofSite(access.realm(), site.identifiant(), activeAdmins, 0, MAX_PAGE_SIZE)
                .stream().anyMatch(d -> !d.granteeId().equals(self));
        if (!adminLeft) {
            throw Refusal.invalid(RefusalCode.DERNIER_ADMINISTRATEUR, null);
        }
    }

    /** A delegation of the site the caller may manage: a cabinet's administrators, only what the cabinet gave. */
    private StoredDelegation ofSite(Administered administered, String id) {
        String scope = administered.standing().viaCabinet();
        return access.delegations().find(access.realm(), id).filter(d -> d.site().equals(administered.site().identifiant()))
                .filter(d -> scope == null || (scope.equals(d.viaCabinet()) && passedOnByCabinet(d)))
                .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, RefusalCode.DELEGATION_INCONNUE));
    }

    /**
     * A delegation the caller may change or close: the holder any of the site's; a cabinet's administrators what the
     * cabinet passed on; any other delegate its own, or one made from it, directly or not (its branch). Otherwise what
     * an administrator delegate gave outside its branch would survive its own closing.
     */
    private StoredDelegation changeable(Administered administered, String id) {
        StoredDelegation d = ofSite(administered, id);
        if (administered.standing().viaCabinet() != null || access.inBranch(administered.standing(), d)) {
            return d;
        }
        throw Refusal.of(Refusal.Kind.FORBIDDEN, RefusalCode.HORS_DE_VOTRE_BRANCHE);
    }

    private static boolean isOwn(Administered administered, StoredDelegation d) {
        return administered.standing().own().contains(d.id());
    }

    /** The holders of the site and the delegates above the delegation are told, with links to it and to its closing. */
    private void notice(Site site, StoredDelegation granted, DelegationView shown) {
        GrantNotice notice = new GrantNotice(access);
        String view = notice.page().path(granted.id()).queryParam("site", site.identifiant()).build().toString();
        String close = notice.page().path(granted.id()).path("fermeture").queryParam("site", site.identifiant()).build().toString();
        notice.send(site, access.above(granted), shown.email(), shown.role(), view, close);
    }

    static Rights rightsOf(StoredDelegation d) {
        return DelegatedRights.rule(d).rights();
    }

    /** Whether the delegation is one the cabinet passed on (its parent is a cabinet delegation), not the adhérent's to it. */
    private boolean passedOnByCabinet(StoredDelegation d) {
        return d.parentId() != null && access.delegations().find(access.realm(), d.parentId()).map(p -> p.viaCabinet() != null).orElse(false);
    }

    private DelegationView view(StoredDelegation d, LocalDate today) {
        UserModel grantee = access.session.users().getUserById(access.realm(), d.granteeId());
        return new DelegationView(d.id(), grantee == null ? null : grantee.getEmail(), grantee == null ? null : grantee.getLastName(),
                grantee == null ? null : grantee.getFirstName(), d.viaCabinet() != null ? "cabinet" : d.admin() ? "administrateur" : "utilisateur",
                status(d, today), d.effet(), d.fin(), d.admin(), d.colleges(), d.modes());
    }

    static String status(StoredDelegation d, LocalDate today) {
        if (d.closed()) {
            return "fermee";
        }
        if (today.isBefore(d.effet())) {
            return "a_venir";
        }
        return new Period(d.effet(), d.fin()).activeOn(today) ? "active" : "expiree";
    }

    private static String oneOf(String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw Refusal.invalid(RefusalCode.VALEUR_INCONNUE, field, field, String.join(", ", allowed));
        }
        return value;
    }

    /** @param field the parameter as the caller named it, for the refusal */
    private static int pageSize(Integer asked, int byDefault, String field) {
        if (asked == null) {
            return byDefault;
        }
        if (asked < 1 || asked > MAX_PAGE_SIZE) {
            throw Refusal.invalid(RefusalCode.TAILLE_INVALIDE, field, MAX_PAGE_SIZE);
        }
        return asked;
    }
}
