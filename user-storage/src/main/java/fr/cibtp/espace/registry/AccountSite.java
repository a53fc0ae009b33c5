package fr.cibtp.espace.registry;

/** A site as one account sees it: whether the account holds it (is its Administrateur) or may only reach it by delegation. */
public record AccountSite(SiteLabels site, boolean held) {
}
