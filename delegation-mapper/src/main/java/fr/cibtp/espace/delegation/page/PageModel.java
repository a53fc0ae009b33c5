package fr.cibtp.espace.delegation.page;

import java.util.List;
import java.util.Map;

import fr.cibtp.espace.delegation.service.Views.CabinetDelegation;
import fr.cibtp.espace.delegation.service.Views.CabinetSummary;
import fr.cibtp.espace.delegation.service.Views.DelegationView;
import fr.cibtp.espace.delegation.service.Views.ManagedSite;

/** What the templates of the page read, beyond the service's views (public: the templates call their accessors). */
public final class PageModel {

    private PageModel() {
    }

    /** A listed delegation with its dates as the guides write them. */
    public record Row(DelegationView delegation, String effet, String fin) {
    }

    /** The cabinet block: the cabinet, what it was given (or null) and its dates as the guides write them. */
    public record CabinetShown(CabinetSummary cabinet, CabinetDelegation delegation, String effet, String fin) {
    }

    /** The site the page acts for; {@code cabinet} only on the cabinet's own pages. */
    public record SiteShown(ManagedSite site, CabinetSummary cabinet) {
    }

    /** What the form's fields show (dates as jj/mm/aaaa, or as typed). */
    public record FormValues(String email, String nom, String prenom, String statut, String dateEffet, String dateFin, boolean admin,
                  List<String> colleges, Map<String, String> droits, String telephoneFixe, String telephoneMobile) {

        /** The delegation's grantee and status, with what was typed for its rights and period. */
        public FormValues forGrantee(DelegationView grantee) {
            return new FormValues(grantee.email(), grantee.nom(), grantee.prenom(), grantee.statut(), dateEffet, dateFin, admin, colleges, droits,
                    null, null);
        }
    }
}
