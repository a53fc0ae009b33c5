package fr.cibtp.espace.registry;

import fr.cibtp.espace.names.SessionNotes;
import java.util.List;

/** A site déclarant with what the site chooser and the token show of it and of its adhérent. */
public record Site(String identifiant, String siret, String name, String raisonSociale, String numeroAdherent,
                   String cabinetIdentifiant, PostalAddress holder, List<DsnAlert> dsnAlerts) {

    /** User session note naming the site the user acts for: set at sign-in, by "Changer de tiers" and by enrollment. */
    public static final String CHOSEN_NOTE = SessionNotes.CHOSEN_SITE;

    public SiteLabels labels() {
        return new SiteLabels(identifiant, siret, name, raisonSociale, numeroAdherent);
    }
}
