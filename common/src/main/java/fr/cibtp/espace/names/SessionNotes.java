package fr.cibtp.espace.names;

/** User-session notes written by one module and read by another. */
public final class SessionNotes {

    /** The identifiant of the site the user acts for, chosen at sign-in or by "Changer de tiers". */
    public static final String CHOSEN_SITE = "cibtp.site";

    private SessionNotes() {
    }
}
