package fr.cibtp.espace.bench;

import java.util.List;
import java.util.Map;

/**
 * What the simulation runs against: the node, the two clients and the accounts of each group. Gatling instantiates the
 * simulation itself, so the run hands it over here.
 */
record Fixture(String baseUrl, BenchSettings settings, Map<AccountGroup, List<Account>> accounts, String stockSecret,
               String entrepriseSecret, Recorder recorder) {

    static final String STOCK_CLIENT = "bench-stock-browser";
    static final String ENTREPRISE_CLIENT = "espace-entreprise";
    static final String REDIRECT_URI = "http://localhost:3000/callback";

    private static volatile Fixture current;

    static Fixture current() {
        if (current == null) {
            throw new IllegalStateException("The simulation runs from BenchmarkRun, which prepares the server and data first");
        }
        return current;
    }

    static void use(Fixture fixture) {
        current = fixture;
    }

    List<Account> accounts(AccountGroup group) {
        return accounts.get(group);
    }
}
