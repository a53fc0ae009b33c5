package fr.cibtp.espace.bench;

/** The kinds of accounts the scenarios sign in with, by how many sites each holds (0: a stock account, no site). */
enum AccountGroup {
    STOCK(0, 0),
    ONE_SITE(1, 1),
    TWO_SITES(2, 2),
    THREE_SITES(3, 3),
    TEN_THOUSAND_SITES(4, 10_000);

    /** A digit of the generated identifiants, so groups never share one. */
    final int code;
    final int sites;

    AccountGroup(int code, int sites) {
        this.code = code;
        this.sites = sites;
    }

    /** The chooser's search: one site for three, eleven of 10,000 ("CHANTIER 777" and 7770 to 7779). */
    String search() {
        return sites >= 1000 ? "CHANTIER 777" : "CHANTIER " + (sites - 1);
    }

    /** The site picked in the chooser: one the search found. */
    int choice() {
        return sites >= 1000 ? 7775 : sites - 1;
    }
}
