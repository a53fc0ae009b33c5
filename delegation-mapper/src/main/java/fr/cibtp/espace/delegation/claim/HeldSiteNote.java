package fr.cibtp.espace.delegation.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

import fr.cibtp.espace.registry.SiteLabels;
import org.keycloak.models.UserSessionModel;
import org.keycloak.util.JsonSerialization;

/**
 * What a user session keeps of its chosen site once the mapper found that the user holds it, so that the refreshes
 * after it write the holder's claim without asking the database (that question was a tenth of a refresh). It is kept
 * with the {@code HeldSitesVersion} it was read at, which moves on when an import renames sites and whenever a holder
 * link is removed: the refresh after either reads the site, and whether the user still holds it, again. Another
 * chosen site is read again. A delegate's rights are read at every refresh: a delegation may narrow or close at any time.
 */
final class HeldSiteNote {

    static final String NOTE = "cibtp.heldSite";

    private HeldSiteNote() {
    }

    /** The chosen site's labels, if the session holds them for that site at the registry's current version. */
    static Optional<SiteLabels> read(UserSessionModel userSession, String chosen, String version) {
        String note = userSession.getNote(NOTE);
        if (note == null) {
            return Optional.empty();
        }
        try {
            String[] kept = JsonSerialization.readValue(note, String[].class);
            if (kept.length != 6 || !version.equals(kept[0]) || !chosen.equals(kept[1])) {
                return Optional.empty();
            }
            return Optional.of(new SiteLabels(kept[1], kept[2], kept[3], kept[4], kept[5]));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void write(UserSessionModel userSession, String version, SiteLabels site) {
        try {
            userSession.setNote(NOTE, JsonSerialization.writeValueAsString(Arrays.asList(version, site.identifiant(), site.siret(),
                    site.name(), site.raisonSociale(), site.numeroAdherent())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
