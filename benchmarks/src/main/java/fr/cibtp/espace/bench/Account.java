package fr.cibtp.espace.bench;

import java.util.List;
import java.util.Map;

/**
 * A generated account: its sign-in, the sites it holds, the site it picks in the chooser and what it types in the
 * chooser's search.
 */
record Account(String email, String password, List<String> sites, String choice, String search) {

    /** The account as a Gatling feeder record. */
    Map<String, Object> record() {
        return Map.of("email", email, "password", password, "site", choice, "search", search);
    }
}
