package fr.cibtp.espace.delegation.page;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import fr.cibtp.espace.browser.PageVisitor;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.service.Views.CabinetView;
import fr.cibtp.espace.delegation.service.Views.DelegationList;
import fr.cibtp.espace.delegation.service.Views.DelegationView;
import fr.cibtp.espace.delegation.store.DelegationFilter;
import fr.cibtp.espace.names.Endpoints;
import fr.cibtp.espace.names.RequiredActions;
import fr.cibtp.espace.refusal.Refusal;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.FormMessage;

/**
 * The pages of "Gérer les droits d'accès", drawn with the login theme (same look, languages and messages as the
 * sign-in). A refusal becomes the French (or English) sentence of its code, on the screen it came from.
 */
final class Pages {

    /** "Mon compte utilisateur", next to this page in the guide's menu. */

    private final KeycloakSession session;
    private final RightsCatalogue catalogue;
    private final PageVisitor visitor;
    private final URI list;
    private final URI back;

    /** @param back the page to come back to after a second factor is asked (a form is shown again, empty) */
    Pages(KeycloakSession session, RightsCatalogue catalogue, PageVisitor visitor, URI list, URI back) {
        this.session = session;
        this.catalogue = catalogue;
        this.visitor = visitor;
        this.list = list;
        this.back = back;
    }

    /**
     * The page {@code build} draws, or the sentence of the refusal on a page of its own; a refusal for want of a recent
     * second factor sends the browser to the SMS code and back.
     */
    Response answer(Supplier<Response> build) {
        try {
            return build.get();
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.STEP_UP) {
                return Response.seeOther(PageVisitor.signIn(session, RightsPage.CLIENT_ID, back, null, "sms")).build();
            }
            return forms(Response.Status.fromStatusCode(refusal.kind().status)).addError(wording(refusal))
                    .setAttribute("cibtpRefused", true).createForm("cibtp-rights-message.ftl");
        }
    }

    /** Does {@code change}; if the input is refused, the same form again with what was typed and why. */
    Response orFormAgain(String mode, PageModel.SiteShown site, String id, PageModel.FormValues typed, Supplier<Response> change) {
        try {
            return change.get();
        } catch (Refusal refusal) {
            if (refusal.kind() != Refusal.Kind.INVALID && refusal.kind() != Refusal.Kind.UNAVAILABLE) {
                throw refusal;
            }
            return form(forms(Response.Status.fromStatusCode(refusal.kind().status)).addError(wording(refusal)), mode, site, id, typed);
        }
    }

    Response list(PageModel.SiteShown site, Map<String, String> filters, DelegationList listed, CabinetView cabinet, String done) {
        LoginFormsProvider forms = forms(Response.Status.OK);
        if (done != null) {
            forms.setSuccess("cibtpRightsDone_" + done);
        }
        int pageCount = (int) Math.max(1, (listed.total() + listed.taille() - 1) / listed.taille());
        Map<String, String> sortLinks = new LinkedHashMap<>();
        for (String sort : DelegationFilter.SORTS) {
            sortLinks.put(sort.replace("-", "desc_"), link(site, filters, "tri", sort));
        }
        List<PageModel.Row> rows = listed.delegations().stream()
                .map(d -> new PageModel.Row(d, DelegationForm.shown(d.effet()), DelegationForm.shown(d.fin()))).toList();
        PageModel.CabinetShown cabinetShown = cabinet == null ? null : new PageModel.CabinetShown(cabinet.cabinet(), cabinet.delegation(),
                cabinet.delegation() == null ? null : DelegationForm.shown(cabinet.delegation().effet()),
                cabinet.delegation() == null || cabinet.delegation().fin() == null ? null : DelegationForm.shown(cabinet.delegation().fin()));
        forms.setAttribute("cibtpSite", site.site()).setAttribute("cibtpFilters", filters).setAttribute("cibtpListed", listed)
                .setAttribute("cibtpRows", rows).setAttribute("cibtpCabinet", cabinetShown)
                .setAttribute("cibtpRoles", DelegationFilter.ROLES).setAttribute("cibtpStatuts", DelegationFilter.STATUTS)
                .setAttribute("cibtpPageSizes", RightsPage.PAGE_SIZES).setAttribute("cibtpSortLinks", sortLinks)
                .setAttribute("cibtpPageCount", pageCount)
                .setAttribute("cibtpPreviousLink", listed.page() > 1 ? link(site, filters, "page", Integer.toString(listed.page() - 1)) : null)
                .setAttribute("cibtpNextLink", listed.page() < pageCount ? link(site, filters, "page", Integer.toString(listed.page() + 1)) : null);
        return forms.createForm("cibtp-rights-list.ftl");
    }

    Response form(String mode, PageModel.SiteShown site, String id, PageModel.FormValues values) {
        return form(forms(Response.Status.OK), mode, site, id, values);
    }

    private Response form(LoginFormsProvider forms, String mode, PageModel.SiteShown site, String id, PageModel.FormValues values) {
        forms.setAttribute("cibtpMode", mode).setAttribute("cibtpSite", site.site()).setAttribute("cibtpCabinetOfSite", site.cabinet())
                .setAttribute("cibtpValues", values)
                .setAttribute("cibtpGroups", DelegationForm.matrix(catalogue)).setAttribute("cibtpColleges", DelegationForm.colleges(catalogue))
                .setAttribute("cibtpModes", List.of("aucun", "consultation", "mise_a_jour"));
        if (id != null) {
            forms.setAttribute("cibtpDelegationId", id);
        }
        return forms.createForm("cibtp-rights-form.ftl");
    }

    /** "Fermer la délégation de …?" or "Supprimer la délégation au cabinet …?", with Valider and Annuler. */
    Response confirm(String kind, PageModel.SiteShown site, DelegationView delegation) {
        LoginFormsProvider forms = forms(Response.Status.OK).setAttribute("cibtpConfirm", kind).setAttribute("cibtpSite", site.site())
                .setAttribute("cibtpCabinetOfSite", site.cabinet());
        if (delegation != null) {
            forms.setAttribute("cibtpDelegation", delegation);
        }
        return forms.createForm("cibtp-rights-message.ftl");
    }

    /** Signed in, but no site chosen yet (a direct link without {@code site}). */
    Response noSite() {
        return forms(Response.Status.OK).setInfo("cibtpRightsNoSite").createForm("cibtp-rights-message.ftl");
    }

    /** A form without this browser's state checker: not posted from our page, or from before a new sign-in. */
    Response expired(String site) {
        return forms(Response.Status.BAD_REQUEST).setError("cibtpRightsExpired").setAttribute("cibtpRefused", true)
                .setAttribute("cibtpListLink", site == null ? list.toString() : UriBuilder.fromUri(list).queryParam("site", site).build().toString())
                .createForm("cibtp-rights-message.ftl");
    }

    private LoginFormsProvider forms(Response.Status status) {
        return session.getProvider(LoginFormsProvider.class).setUser(visitor.auth().user()).setStatus(status)
                .setAttribute("cibtpPage", list.toString())
                .setAttribute("cibtpAccountPage", session.getContext().getUri().getBaseUriBuilder().path("realms")
                        .path(session.getContext().getRealm().getName()).path(Endpoints.ACCOUNT).path(Endpoints.ACCOUNT_PAGE).build().toString())
                .setAttribute("cibtpStateChecker", visitor.stateChecker())
                .setAttribute("cibtpSwitchSite", PageVisitor.signIn(session, RightsPage.CLIENT_ID, list, RequiredActions.SWITCH_SITE).toString());
    }

    /** The list with the same site and filters, one of them changed; a new sort starts again at page 1. */
    private String link(PageModel.SiteShown site, Map<String, String> filters, String name, String value) {
        UriBuilder link = UriBuilder.fromUri(list).queryParam("site", site.site().identifiant());
        filters.forEach((filter, current) -> {
            if (!filter.equals(name)) {
                link.queryParam(filter, current);
            }
        });
        return link.queryParam(name, value).build().toString();
    }

    /** The refusal in the page's language, tied to the field it is about. */
    private static FormMessage wording(Refusal refusal) {
        return new FormMessage(refusal.field(), refusal.messageKey(), refusal.params().toArray());
    }
}
