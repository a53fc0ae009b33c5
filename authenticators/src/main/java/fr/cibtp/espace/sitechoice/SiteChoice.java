package fr.cibtp.espace.sitechoice;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.identifiers.CibtpIdentifier;
import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.registry.DsnAlert;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.registry.SitePage;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * "Choix de l'adhérent et du site déclarant", shared by the sign-in step and "Changer de tiers": one page of the
 * account's sites, searched and paged in the database so 10,000 sites cost what 3 do, and the check that a chosen
 * site is one the account holds.
 */
final class SiteChoice {

    static final String NOTE = Site.CHOSEN_NOTE;
    static final String TEMPLATE = "cibtp-site-choice.ftl";
    static final int PAGE_SIZE = 10;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;

    SiteChoice(KeycloakSession session, RealmModel realm, UserModel user) {
        this.session = session;
        this.realm = realm;
        this.user = user;
    }

    /** Up to {@code max} of the account's sites, unsorted: enough to tell none, one or several apart. */
    List<String> someSites(int max) {
        return registry().someAccountSites(realm, user, max);
    }

    /** The chooser for what the form asked (search, page), or its first page. */
    Response page(LoginFormsProvider form, MultivaluedMap<String, String> asked) {
        SiteSearch search = asked == null ? SiteSearch.of(null, null) : SiteSearch.of(asked.getFirst("q"), asked.getFirst("page"));
        SitePage found = registry().accountSites(realm, user, search.query(), search.first(PAGE_SIZE), PAGE_SIZE);
        int pages = SiteSearch.pages(found.total(), PAGE_SIZE);
        if (search.page() > pages) {
            search = search.onPage(pages);
            found = registry().accountSites(realm, user, search.query(), search.first(PAGE_SIZE), PAGE_SIZE);
        }
        if (search.errorKey() != null) {
            form.setError(search.errorKey(), SiteSearch.MAX_QUERY);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Locale locale = session.getContext().resolveLocale(user);
        found.sites().forEach(site -> rows.add(row(site, locale)));
        return form.setAttribute("cibtpSites", rows).setAttribute("cibtpTotal", found.total())
                .setAttribute("cibtpTotalShown", NumberFormat.getIntegerInstance(locale).format(found.total()))
                .setAttribute("cibtpQuery", search.query()).setAttribute("cibtpPage", search.page())
                .setAttribute("cibtpPages", pages).createForm(TEMPLATE);
    }

    /**
     * The chooser opened on the site whose SIRET is {@code siret}, selected, when the account holds or reaches it
     * (the search shows it, "Valider" takes it; clearing the search lists the others); else the first page.
     */
    Response pageWith(LoginFormsProvider form, String siret) {
        SitePage found = registry().accountSites(realm, user, siret, 0, 2);
        if (found.total() != 1 || !siret.equals(found.sites().get(0).siret())) {
            return page(form, null);
        }
        MultivaluedMap<String, String> asked = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        asked.putSingle("q", siret);
        return page(form.setAttribute("cibtpPreselected", found.sites().get(0).identifiant()), asked);
    }

    /** What the chooser's form said: a site the account may act for, or else the page to show again. */
    record Answer(Site chosen, Response page) {
    }

    /** Reads a submitted chooser: a search or another page shows the chooser again; a site must be one the account reaches. */
    Answer answer(MultivaluedMap<String, String> form, Supplier<LoginFormsProvider> forms) {
        if (!form.containsKey("site")) {
            LoginFormsProvider again = forms.get();
            // "Valider" with no line selected: said on the page, rather than showing it again as if nothing happened.
            return new Answer(null, page(form.containsKey("choose") ? again.setError("cibtpSiteChooseOne") : again, form));
        }
        return held(form.getFirst("site")).map(site -> new Answer(site, null))
                .orElseGet(() -> new Answer(null, page(forms.get().setError("cibtpSiteUnknown"), form)));
    }

    /** The site with that identifiant, if the account holds it or reaches it through a delegation. */
    Optional<Site> held(String typedIdentifiant) {
        Parsed identifiant = CibtpIdentifier.parse(typedIdentifiant);
        if (!identifiant.isValid()) {
            return Optional.empty();
        }
        if (!registry().reaches(realm, user, identifiant.value())) {
            return Optional.empty();
        }
        return registry().findSite(realm, identifiant.value());
    }

    private static Map<String, Object> row(Site site, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("identifiant", site.identifiant());
        row.put("siret", site.siret());
        row.put("nom", site.name());
        row.put("raisonSociale", site.raisonSociale());
        List<Map<String, String>> alerts = new ArrayList<>();
        for (DsnAlert alert : site.dsnAlerts() == null ? List.<DsnAlert>of() : site.dsnAlerts()) {
            alerts.add(Map.of("periode", DsnPeriod.label(alert.periode(), locale), "message", alert.message()));
        }
        row.put("alertes", alerts);
        return row;
    }

    private RegistryProvider registry() {
        return session.getProvider(RegistryProvider.class);
    }
}
