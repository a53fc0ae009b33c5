package fr.cibtp.espace.names;

/**
 * The realm resources one module serves and another links to ({@code /realms/{realm}/{resource}/{page}}): named once
 * here, so that a link cannot drift from the path it points at.
 */
public final class Endpoints {

    /** The delegation API and the "Gérer les droits d'accès" pages (delegation-mapper). */
    public static final String DELEGATIONS = "cibtp-delegations";
    /** The "Gérer les droits d'accès" page under {@link #DELEGATIONS}. */
    public static final String RIGHTS_PAGE = "droits-acces";
    /** The "Mon compte utilisateur" resource (authenticators). */
    public static final String ACCOUNT = "cibtp-compte";
    /** The "Mon compte utilisateur" page under {@link #ACCOUNT}. */
    public static final String ACCOUNT_PAGE = "mon-compte";
    /** The registry API for the caisse's back office (user-storage). */
    public static final String REGISTRY = "cibtp-registry";

    private Endpoints() {
    }
}
