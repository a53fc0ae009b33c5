package fr.cibtp.espace.names;

/** The realm's clients that more than one module looks up by their client ID (defined in {@code realm-export.json}). */
public final class Clients {

    public static final String ENTREPRISE_PORTAL = "espace-entreprise";
    public static final String SALARIE_PORTAL = "espace-salarie";
    /** "Mon compte utilisateur" of the entreprise space: its redirect URIs and look are the page's. */
    public static final String ENTREPRISE_ACCOUNT = "cibtp-mon-compte";
    /** "Mon compte utilisateur" of the salarié space. */
    public static final String SALARIE_ACCOUNT = "cibtp-mon-compte-salarie";

    private Clients() {
    }
}
