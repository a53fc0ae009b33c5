package fr.cibtp.espace.sitechoice;

/**
 * What the site chooser was asked to show: a search (SIRET, identifiant or name) and a page number, as typed. A
 * search too long to be a SIRET, an identifiant or a name is refused; a page that is not a number is the first.
 */
public record SiteSearch(String query, int page, String errorKey) {

    public static final int MAX_QUERY = 100;

    public static SiteSearch of(String typedQuery, String typedPage) {
        String query = typedQuery == null ? "" : typedQuery.strip();
        if (query.length() > MAX_QUERY) {
            return new SiteSearch("", 1, "cibtpSiteSearchTooLong");
        }
        return new SiteSearch(query, page(typedPage), null);
    }

    private static int page(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 9 || !typed.strip().chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(typed.strip()));
    }

    /** The same search on another page. */
    public SiteSearch onPage(int other) {
        return new SiteSearch(query, Math.max(1, other), errorKey);
    }

    public int first(int pageSize) {
        return (page - 1) * pageSize;
    }

    /** How many pages {@code total} sites fill; at least one, even empty. */
    public static int pages(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
