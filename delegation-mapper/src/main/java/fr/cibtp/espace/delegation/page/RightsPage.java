package fr.cibtp.espace.delegation.page;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import fr.cibtp.espace.names.Endpoints;
import fr.cibtp.espace.browser.PageVisitor;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.service.DelegationInput;
import fr.cibtp.espace.delegation.service.SiteDelegations;
import fr.cibtp.espace.delegation.service.Views.CabinetView;
import fr.cibtp.espace.delegation.service.Views.DelegationList;
import fr.cibtp.espace.delegation.service.Views.ManagedSite;
import fr.cibtp.espace.delegation.service.Views;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;

/**
 * "Gérer les droits d'accès" ({@code /realms/{realm}/cibtp-delegations/droits-acces}): the list of a site's
 * delegations with filters, sort and pages, the cabinet block, and the forms to add, view, modify and close. Every
 * operation is the service's ({@link SiteDelegations}), as for the API; this class only turns forms into calls and answers into pages.
 * After a change the browser is sent back to the list (post, redirect, get), which says what was done.
 */
public class RightsPage {

    private static final Set<String> DONE = Set.of("cree", "invite", "modifiee", "fermee", "cabinet", "cabinet_supprime");
    static final List<Integer> PAGE_SIZES = List.of(5, 10, 20, 50, 100);
    /** "Exclure les utilisateurs inactifs": 1 (ticked, the default) or 0; a hidden 0 before the box says it was unticked. */
    /** The client the page signs in with ({@code realm-export.json}). */
    static final String CLIENT_ID = "cibtp-droits-acces";
    static final String EXCLUDE_INACTIVE = "exclure_inactifs";

    private final KeycloakSession session;
    private final RightsCatalogue catalogue;

    public RightsPage(KeycloakSession session, RightsCatalogue catalogue) {
        this.session = session;
        this.catalogue = catalogue;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("site") String asked, @QueryParam("role") String role, @QueryParam("statut") String statut,
                         @QueryParam("date_effet") String effetFrom, @QueryParam("date_fin") String finUntil,
                         @QueryParam("tri") String sort, @QueryParam("page") String page, @QueryParam("taille") String taille,
                         @QueryParam(EXCLUDE_INACTIVE) List<String> excludeInactive, @QueryParam("fait") String done) {
        return shown(asked, (delegations, pages, site) -> {
            ManagedSite managed = delegations.managed(site);
            Map<String, String> filters = filters(role, statut, effetFrom, finUntil, sort, taille);
            // The guide lists the active users first: inactive ones only once the box is unticked.
            boolean currentOnly = excludeInactive == null || excludeInactive.isEmpty() || "1".equals(excludeInactive.get(excludeInactive.size() - 1));
            filters.put(EXCLUDE_INACTIVE, currentOnly ? "1" : "0");
            DelegationList listed = delegations.list(site, new SiteDelegations.ListQuery(filters.get("role"), filters.get("statut"),
                    filters.get("date_effet"), filters.get("date_fin"), filters.get("tri"), number(page), number(taille), currentOnly));
            CabinetView cabinet = managed.cabinetDelegable() ? delegations.cabinet().view(site) : null;
            return pages.list(new PageModel.SiteShown(managed, null), filters, listed, cabinet, done != null && DONE.contains(done) ? done : null);
        });
    }

    @GET
    @Path("ajout")
    @Produces(MediaType.TEXT_HTML)
    public Response addForm(@QueryParam("site") String asked) {
        return shown(asked, (delegations, pages, site) -> {
            PageModel.SiteShown shown = siteOnly(delegations, site);
            // Most delegations give power: the SMS code is asked before the form is filled in, not after.
            delegations.requireRecentSecondFactor();
            return pages.form("ajout", shown, null, DelegationForm.blank(CaisseClock.today(), catalogue));
        });
    }

    @POST
    @Path("ajout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response add(MultivaluedMap<String, String> form) {
        DelegationInput input = DelegationForm.input(form, catalogue);
        return posted(form, (delegations, pages, site) -> pages.orFormAgain("ajout", siteOnly(delegations, site), null,
                DelegationForm.typed(input), () -> {
                    Views.Created created = delegations.create(site, input);
                    return backToList(site, created.accountCreated() ? "invite" : "cree");
                }));
    }

    @GET
    @Path("cabinet")
    @Produces(MediaType.TEXT_HTML)
    public Response cabinetForm(@QueryParam("site") String asked) {
        return shown(asked, (delegations, pages, site) -> {
            CabinetView cabinet = delegations.cabinet().view(site);
            delegations.requireRecentSecondFactor();
            return pages.form("cabinet", withCabinet(delegations, site, cabinet), null, cabinet.delegation() == null
                    ? DelegationForm.blank(CaisseClock.today(), catalogue) : DelegationForm.of(cabinet.delegation()));
        });
    }

    @POST
    @Path("cabinet")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response delegateToCabinet(MultivaluedMap<String, String> form) {
        DelegationInput input = DelegationForm.input(form, catalogue);
        return posted(form, (delegations, pages, site) -> pages.orFormAgain("cabinet",
                withCabinet(delegations, site, delegations.cabinet().view(site)), null, DelegationForm.typed(input), () -> {
                    delegations.cabinet().delegate(site, input);
                    return backToList(site, "cabinet");
                }));
    }

    @GET
    @Path("cabinet/suppression")
    @Produces(MediaType.TEXT_HTML)
    public Response revokeCabinetConfirmation(@QueryParam("site") String asked) {
        return shown(asked, (delegations, pages, site) -> pages.confirm("cabinet",
                withCabinet(delegations, site, delegations.cabinet().view(site)), null));
    }

    @POST
    @Path("cabinet/suppression")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response revokeCabinet(MultivaluedMap<String, String> form) {
        return posted(form, (delegations, pages, site) -> {
            delegations.cabinet().revoke(site);
            return backToList(site, "cabinet_supprime");
        });
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response view(@PathParam("id") String id, @QueryParam("site") String asked) {
        return delegationForm("visualisation", id, asked);
    }

    @GET
    @Path("{id}/modification")
    @Produces(MediaType.TEXT_HTML)
    public Response modifyForm(@PathParam("id") String id, @QueryParam("site") String asked) {
        return delegationForm("modification", id, asked);
    }

    /** A stored delegation in the form, read-only or to modify (after a recent SMS code, as a modification may widen). */
    private Response delegationForm(String mode, String id, String asked) {
        return shown(asked, (delegations, pages, site) -> {
            Views.DelegationView delegation = delegations.view(site, id);
            if (mode.equals("modification")) {
                delegations.requireRecentSecondFactor();
            }
            return pages.form(mode, siteOnly(delegations, site), id, DelegationForm.of(delegation));
        });
    }

    @POST
    @Path("{id}/modification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response modify(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        DelegationInput input = DelegationForm.input(form, catalogue);
        return posted(form, (delegations, pages, site) -> {
            // The form shows who the delegation is for; only its rights and period are posted.
            PageModel.FormValues shown = DelegationForm.typed(input).forGrantee(delegations.view(site, id));
            return pages.orFormAgain("modification", siteOnly(delegations, site), id, shown, () -> {
                delegations.modify(site, id, input);
                return backToList(site, "modifiee");
            });
        });
    }

    @GET
    @Path("{id}/fermeture")
    @Produces(MediaType.TEXT_HTML)
    public Response closeConfirmation(@PathParam("id") String id, @QueryParam("site") String asked) {
        return shown(asked, (delegations, pages, site) -> pages.confirm("fermeture", siteOnly(delegations, site), delegations.view(site, id)));
    }

    @POST
    @Path("{id}/fermeture")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response close(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return posted(form, (delegations, pages, site) -> {
            delegations.close(site, id);
            return backToList(site, "fermee");
        });
    }

    /** What a page of the site draws, from the delegation operations of the signed-in user. */
    @FunctionalInterface
    private interface SitePage {
        Response draw(SiteDelegations delegations, Pages pages, String site);
    }

    /** A page asked for by a link: the site named in it, else the one chosen at sign-in. */
    private Response shown(String asked, SitePage page) {
        if (session.getContext().getUri().getQueryParameters().containsKey("code")) {
            // Back from a sign-in: the same page without the authorization response in the address bar.
            return Response.seeOther(withoutAuthorizationResponse().build()).build();
        }
        return signedIn(visitor -> {
            Pages pages = pages(visitor, withoutAuthorizationResponse().build());
            String site = visitor.site(asked);
            if (site == null) {
                return pages.noSite();
            }
            return pages.answer(() -> page.draw(delegations(visitor), pages, site));
        });
    }

    /** A form of the page posted back: only with this browser's state checker, for the site it names. */
    private Response posted(MultivaluedMap<String, String> form, SitePage page) {
        return signedIn(visitor -> {
            String site = form.getFirst("site");
            Pages pages = pages(visitor, site == null ? root() : UriBuilder.fromUri(pageUrl().replaceQuery(null).build())
                    .queryParam("site", site).build());
            if (site == null || !visitor.postedFromThePage(form.getFirst(PageVisitor.STATE_CHECKER))) {
                return pages.expired(site);
            }
            return pages.answer(() -> page.draw(delegations(visitor), pages, site));
        });
    }

    private static PageModel.SiteShown siteOnly(SiteDelegations delegations, String site) {
        return new PageModel.SiteShown(delegations.managed(site), null);
    }

    private static PageModel.SiteShown withCabinet(SiteDelegations delegations, String site, CabinetView cabinet) {
        return new PageModel.SiteShown(delegations.managed(site), cabinet.cabinet());
    }

    private Response backToList(String site, String done) {
        return Response.seeOther(UriBuilder.fromUri(root()).queryParam("site", site).queryParam("fait", done).build()).build();
    }

    /** The filters as typed (kept in the form and in the sort and page links); empty ones left out. */
    private static Map<String, String> filters(String role, String statut, String effetFrom, String finUntil, String sort, String taille) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "role", role);
        put(filters, "statut", statut);
        put(filters, "date_effet", effetFrom);
        put(filters, "date_fin", finUntil);
        put(filters, "tri", sort == null || sort.isBlank() ? "nom" : sort); // the guide's order: by Nom et Prénom
        put(filters, "taille", number(taille) == null ? null : number(taille).toString());
        return filters;
    }

    /** A page number or size typed in the address bar: what is not a number is left out. */
    private static Integer number(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
    }

    /**
     * The page for the browser signed in to Keycloak; any other goes through the sign-in and comes back here. Without
     * the page's client in the realm, the page does not exist.
     */
    private Response signedIn(java.util.function.Function<PageVisitor, Response> page) {
        ClientModel client = PageVisitor.client(session, CLIENT_ID);
        if (client == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        PageVisitor visitor = PageVisitor.of(session, client);
        if (visitor == null) {
            return Response.seeOther(PageVisitor.signIn(session, CLIENT_ID, pageUrl().build(), null)).build();
        }
        return page.apply(visitor);
    }

    private SiteDelegations delegations(PageVisitor visitor) {
        return new SiteDelegations(session, catalogue, visitor.auth());
    }

    private Pages pages(PageVisitor visitor, URI back) {
        return new Pages(session, catalogue, visitor, root(), back);
    }

    /** The list's address, which every other page of it extends. */
    private URI root() {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(session.getContext().getRealm().getName())
                .path(Endpoints.DELEGATIONS).path(Endpoints.RIGHTS_PAGE).build();
    }

    private UriBuilder withoutAuthorizationResponse() {
        return pageUrl().replaceQueryParam("code").replaceQueryParam("state").replaceQueryParam("session_state").replaceQueryParam("iss");
    }

    /** This request's address: where the sign-in comes back to. */
    private UriBuilder pageUrl() {
        URI request = session.getContext().getUri().getRequestUri();
        return UriBuilder.fromUri(request);
    }

}
