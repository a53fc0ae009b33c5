package fr.cibtp.espace.bench;

/** What the run measures, in the order each round runs them. */
enum Scenario {
    SIGN_IN_STOCK("sign-in, stock browser flow and keycloak.v2 theme", Kind.SIGN_IN, AccountGroup.STOCK, false),
    SIGN_IN_ONE_SITE("sign-in, espace-entreprise, 1 site", Kind.SIGN_IN, AccountGroup.ONE_SITE, true),
    SIGN_IN_TWO_SITES("sign-in, espace-entreprise, 2 sites (chooser, then the choice)", Kind.SIGN_IN, AccountGroup.TWO_SITES, true),
    SIGN_IN_TEN_THOUSAND("sign-in, espace-entreprise, 10,000 sites (chooser, then the choice)", Kind.SIGN_IN,
            AccountGroup.TEN_THOUSAND_SITES, true),
    REFRESH_STOCK("refresh, client without the cibtp mapper", Kind.REFRESH, AccountGroup.STOCK, false),
    REFRESH_ONE_SITE("refresh, espace-entreprise (cibtp mapper), 1 site", Kind.REFRESH, AccountGroup.ONE_SITE, true),
    REFRESH_TEN_THOUSAND("refresh, espace-entreprise (cibtp mapper), 10,000 sites", Kind.REFRESH, AccountGroup.TEN_THOUSAND_SITES, true),
    CHOOSER_THREE("chooser pages, 3 sites: first page, then a search", Kind.CHOOSER, AccountGroup.THREE_SITES, true),
    CHOOSER_TEN_THOUSAND("chooser pages, 10,000 sites: first page, then a search", Kind.CHOOSER, AccountGroup.TEN_THOUSAND_SITES, true);

    enum Kind { SIGN_IN, REFRESH, CHOOSER }

    final String label;
    final Kind kind;
    final AccountGroup accounts;
    /** Signs in at espace-entreprise (our flow, theme and mapper) rather than at the stock client. */
    final boolean ours;

    Scenario(String label, Kind kind, AccountGroup accounts, boolean ours) {
        this.label = label;
        this.kind = kind;
        this.accounts = accounts;
        this.ours = ours;
    }

    /** Whether the sign-in stops at the chooser, whose choice then goes on. */
    boolean chooses() {
        return accounts.sites > 1;
    }
}
