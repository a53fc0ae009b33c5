package fr.cibtp.espace.rights.page;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import fr.cibtp.espace.delegation.DelegationFilter;
import fr.cibtp.espace.rights.RightsCatalogue;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.theme.Theme;

/**
 * The pages of "Gérer les droits d'accès", drawn with the login theme (same look, languages and messages as the
 * sign-in). A refusal of the API becomes the French (or English) sentence of its code, on the screen it came from.
 */
final class Pages {

    static final String SWITCH_SITE_ACTION = "cibtp-switch-site";
    private static final String ERROR_PREFIX = "cibtpRightsError_";

    private final KeycloakSession session;
    private final RightsCatalogue catalogue;
    private final PageVisitor visitor;
    private final URI list;

    Pages(KeycloakSession session, RightsCatalogue catalogue, PageVisitor visitor, URI list) {
        this.session = session;
        this.catalogue = catalogue;
        this.visitor = visitor;
        this.list = list;
    }

    /** The page {@code build} draws, or the sentence of the API's refusal on a page of its own. */
    Response answer(Supplier<Response> build) {
        try {
            return build.get();
        } catch (WebApplicationException e) {
            FormMessage said = wording(e);
            if (said == null) {
                throw e;
            }
            return forms(Response.Status.fromStatusCode(e.getResponse().getStatus())).addError(said)
                    .setAttribute("cibtpRefused", true).createForm("cibtp-rights-message.ftl");
        }
    }

    /** Does {@code change}; if the API refuses the input, the same form again with what was typed and why. */
    Response orFormAgain(String mode, Map<String, Object> site, String id, Map<String, Object> typed, Supplier<Response> change) {
        try {
            return change.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            FormMessage said = wording(e);
            if (said == null || (status != 400 && status != 503)) {
                throw e;
            }
            return form(forms(Response.Status.fromStatusCode(status)).addError(said), mode, site, id, DelegationForm.values(typed));
        }
    }

    Response list(Map<String, Object> site, Map<String, String> filters, Map<String, Object> listed, Map<String, Object> cabinet, String done) {
        LoginFormsProvider forms = forms(Response.Status.OK);
        if (done != null) {
            forms.setSuccess("cibtpRightsDone_" + done);
        }
        int total = ((Number) listed.get("total")).intValue();
        int size = ((Number) listed.get("taille")).intValue();
        int page = ((Number) listed.get("page")).intValue();
        int pageCount = Math.max(1, (total + size - 1) / size);
        Map<String, String> sortLinks = new LinkedHashMap<>();
        for (String sort : DelegationFilter.SORTS) {
            sortLinks.put(sort.replace("-", "desc_"), link(site, filters, "tri", sort));
        }
        forms.setAttribute("cibtpSite", site).setAttribute("cibtpFilters", filters).setAttribute("cibtpListed", listed)
                .setAttribute("cibtpCabinet", cabinet)
                .setAttribute("cibtpRoles", DelegationFilter.ROLES).setAttribute("cibtpStatuts", DelegationFilter.STATUTS)
                .setAttribute("cibtpPageSizes", RightsPage.PAGE_SIZES).setAttribute("cibtpSortLinks", sortLinks)
                .setAttribute("cibtpPageCount", pageCount)
                .setAttribute("cibtpPreviousLink", page > 1 ? link(site, filters, "page", Integer.toString(page - 1)) : null)
                .setAttribute("cibtpNextLink", page < pageCount ? link(site, filters, "page", Integer.toString(page + 1)) : null);
        return forms.createForm("cibtp-rights-list.ftl");
    }

    Response form(String mode, Map<String, Object> site, String id, Map<String, Object> values) {
        return form(forms(Response.Status.OK), mode, site, id, values);
    }

    private Response form(LoginFormsProvider forms, String mode, Map<String, Object> site, String id, Map<String, Object> values) {
        forms.setAttribute("cibtpMode", mode).setAttribute("cibtpSite", site).setAttribute("cibtpValues", values)
                .setAttribute("cibtpGroups", DelegationForm.matrix(catalogue)).setAttribute("cibtpColleges", DelegationForm.colleges(catalogue))
                .setAttribute("cibtpModes", List.of("aucun", "consultation", "mise_a_jour"));
        if (id != null) {
            forms.setAttribute("cibtpDelegationId", id);
        }
        return forms.createForm("cibtp-rights-form.ftl");
    }

    /** "Fermer la délégation de …?" or "Supprimer la délégation au cabinet …?", with Valider and Annuler. */
    Response confirm(String kind, Map<String, Object> site, Map<String, Object> delegation) {
        LoginFormsProvider forms = forms(Response.Status.OK).setAttribute("cibtpConfirm", kind).setAttribute("cibtpSite", site);
        if (delegation != null) {
            forms.setAttribute("cibtpDelegation", DelegationForm.values(delegation));
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
                .setAttribute("cibtpStateChecker", visitor.stateChecker())
                .setAttribute("cibtpSwitchSite", PageVisitor.signIn(session, list, SWITCH_SITE_ACTION).toString());
    }

    /** The list with the same site and filters, one of them changed; a new sort starts again at page 1. */
    private String link(Map<String, Object> site, Map<String, String> filters, String name, String value) {
        UriBuilder link = UriBuilder.fromUri(list).queryParam("site", site.get("identifiant"));
        filters.forEach((filter, current) -> {
            if (!filter.equals(name)) {
                link.queryParam(filter, current);
            }
        });
        return link.queryParam(name, value).build().toString();
    }

    /** The API's refusal in the page's language: its code's message when written, else its French sentence. */
    @SuppressWarnings("unchecked")
    private FormMessage wording(WebApplicationException e) {
        if (!(e.getResponse().getEntity() instanceof Map<?, ?> body) || body.get("erreur") == null) {
            return null;
        }
        String key = ERROR_PREFIX + body.get("erreur");
        String field = (String) body.get("champ");
        Object[] parameters = body.get("parametres") instanceof List<?> list ? list.toArray() : new Object[0];
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN)
                    .getEnhancedMessages(session.getContext().getRealm(), session.getContext().resolveLocale(visitor.auth().user()));
            if (messages.containsKey(key)) {
                return new FormMessage(field, key, parameters);
            }
        } catch (IOException unreadable) {
            // the French sentence below is still right
        }
        return new FormMessage(field, (String) body.get("message"));
    }
}
