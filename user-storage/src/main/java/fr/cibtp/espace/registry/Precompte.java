package fr.cibtp.espace.registry;

/** The pre-created account the postal letters refer to, named by its kind and canonical identifiant. */
public record Precompte(PrecompteKind kind, String identifiant) {

    /** "site:29209-001-12", as events and notes name it. */
    public String reference() {
        return kind.key() + ":" + identifiant;
    }
}
