package fr.cibtp.espace.bench;

import static fr.cibtp.espace.bench.Goal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/** RESULTS.md: the run's conditions, every scenario's figures, the goals and the registry import. */
final class ResultsReport {

    static final String COMMAND = "mvn -B verify -pl benchmarks -am -Pbenchmark -DskipTests";

    private final Map<Scenario, ScenarioFigures> figures;
    private final long tokenBytes;
    private final ImportMeasurement.Result importResult;
    private final CampaignMeasurement.Result campaign;

    ResultsReport(Map<Scenario, ScenarioFigures> figures, long tokenBytes, ImportMeasurement.Result importResult,
                  CampaignMeasurement.Result campaign) {
        this.campaign = campaign;
        this.figures = figures;
        this.tokenBytes = tokenBytes;
        this.importResult = importResult;
    }

    List<Goal> goals() {
        List<Goal> goals = new ArrayList<>();
        double stockSignIn = figures.get(Scenario.SIGN_IN_STOCK).throughput();
        goals.add(Goal.atLeast("sign-in throughput, ours/stock, 1 site", figures.get(Scenario.SIGN_IN_ONE_SITE).throughput() / stockSignIn, 0.95));
        goals.add(Goal.atLeast("sign-in throughput, ours/stock, 2 sites (chooser)", figures.get(Scenario.SIGN_IN_TWO_SITES).throughput() / stockSignIn, 0.90));
        goals.add(Goal.atLeast("refresh throughput, with/without cibtp mapper",
                figures.get(Scenario.REFRESH_ONE_SITE).throughput() / figures.get(Scenario.REFRESH_STOCK).throughput(), 0.95));
        ScenarioFigures chooser = figures.get(Scenario.CHOOSER_TEN_THOUSAND);
        goals.add(Goal.below("chooser, 10,000 sites, first page p95", chooser.step("first page").p95(), 50, "ms"));
        goals.add(Goal.below("chooser, 10,000 sites, search p95", chooser.step("search").p95(), 50, "ms"));
        goals.add(Goal.atMost("token issuance 10,000/1 sites, refresh p50",
                figures.get(Scenario.REFRESH_TEN_THOUSAND).step("refresh").p50() / figures.get(Scenario.REFRESH_ONE_SITE).step("refresh").p50(), 1.1));
        goals.add(Goal.atMost("token issuance 10,000/1 sites, code to token p50",
                figures.get(Scenario.SIGN_IN_TEN_THOUSAND).step("token").p50() / figures.get(Scenario.SIGN_IN_ONE_SITE).step("token").p50(), 1.1));
        goals.add(Goal.below("access token of a full-rights administrateur", tokenBytes, 2048, "bytes"));
        if (importResult != null) {
            goals.add(Goal.below(String.format(Locale.ROOT, "registry import of %,d lines, wall time", importResult.lines()),
                    importResult.seconds(), 120, "s"));
            goals.add(Goal.below("registry import, server heap growth after full GC", importResult.growth() / 1048576.0, 256, "MB"));
        }
        if (campaign != null) {
            goals.add(Goal.below(String.format(Locale.ROOT, "campaign figures, %,d-line registry, slowest of %d calls",
                    importResult.lines(), campaign.figures().count()), campaign.slowestMs(), 1000, "ms"));
        }
        return goals;
    }

    String markdown(BenchSettings settings, Machine machine, String keycloakVersion, String date, String command, PreviousRun previous) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Written by the last run of `").append(command).append("` (see docs/tests.md, section Benchmarks).\n\n");
        md.append("| | |\n| --- | --- |\n");
        md.append("| date | ").append(date).append(" |\n");
        md.append("| machine | ").append(machine.cpu()).append(", ").append(machine.cores()).append(" cores, ")
                .append(machine.memory()).append(" RAM |\n");
        md.append("| Java | ").append(machine.java()).append(" (Keycloak and the load generator, on the same machine) |\n");
        md.append("| Keycloak | ").append(keycloakVersion).append(", one node, PostgreSQL on the same machine, heap 256 MB to 1 GB |\n");
        md.append(String.format(Locale.ROOT, "| load | %d concurrent users per scenario; scenarios in turn, %d round(s) of %d s each after a %d s warm-up round |%n",
                settings.users(), settings.rounds(), settings.scenarioTime().toSeconds(), settings.warmUpTime().toSeconds()));
        md.append("\n## Goals\n\n| goal | measured | target | | previous run").append(previous.date() == null ? "" : " (" + previous.date() + ")")
                .append(" |\n| --- | --- | --- | --- | --- |\n");
        for (Goal goal : goals()) {
            md.append("| ").append(goal.name()).append(" | ").append(goal.measuredText()).append(" | ").append(goal.target())
                    .append(" | ").append(goal.met() ? "met" : "**missed**").append(" | ").append(previous.figure(goal.name()).orElse("–"))
                    .append(" |\n");
        }
        ScenarioFigures three = figures.get(Scenario.CHOOSER_THREE);
        md.append(String.format(Locale.ROOT, "%nFor comparison, the same chooser pages with 3 sites: first page p95 %s ms, search p95 %s ms.%n",
                format(three.step("first page").p95()), format(three.step("search").p95())));
        md.append("\n## Scenarios\n\nThroughput: completed transactions per second over all users (per round in brackets). "
                + "Times in ms, whole transaction then its timed steps.\n\n");
        md.append("| scenario | transactions | failed | per second | p50 | p95 | steps p50 / p95 |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        for (ScenarioFigures f : figures.values()) {
            md.append("| ").append(f.scenario().label).append(" | ").append(f.transactions()).append(" | ").append(f.failures())
                    .append(" | ").append(format(f.throughput())).append(" (")
                    .append(f.roundThroughputs().stream().map(Goal::format).collect(Collectors.joining(", "))).append(") | ")
                    .append(format(f.transaction().p50())).append(" | ").append(format(f.transaction().p95())).append(" | ")
                    .append(f.steps().entrySet().stream().map(e -> e.getKey() + " " + format(e.getValue().p50()) + " / " + format(e.getValue().p95()))
                            .collect(Collectors.joining("; "))).append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "%nAccess token of a full-rights administrateur (holder of its one site): %,d bytes.%n", tokenBytes));
        if (importResult != null) {
            md.append(String.format(Locale.ROOT, "%n## Registry import%n%n%,d lines (adhérents with 9 sites each) in one request: %.1f s, %,.0f lines/s. "
                            + "Server heap after a full GC: %,d MB before, %,d MB after (growth %,d MB); highest seen while importing %,d MB. "
                            + "Answer: %s%n", importResult.lines(), importResult.seconds(), importResult.lines() / importResult.seconds(),
                    importResult.heapBefore() >> 20, importResult.heapAfter() >> 20, importResult.growth() >> 20,
                    importResult.heapPeak() >> 20, importResult.report().toString().replaceAll("\"rejected\":\\[\\],?", "")));
        }
        if (campaign != null) {
            JsonNode sites = campaign.total().get("sites");
            md.append(String.format(Locale.ROOT, "%n## Campaign figures%n%n`GET /campagne` on that registry, with %,d of its %,d sites enrolled "
                            + "(%,d during the 16 weeks asked), letters expired %,d and locked %,d, %,d code requests waiting, %d départements: "
                            + "p50 %.0f ms, slowest %.0f ms over %d calls (after %d to warm up). The relaunch file of the %,d sites not yet "
                            + "enrolled (`GET /campagne/non-inscrits`): %.1f s.%n",
                    sites.get("inscrits").asLong(), sites.get("total").asLong(), sites.get("inscrits_sur_la_periode").asLong(),
                    campaign.total().get("courriers").get("expires").asLong(), campaign.total().get("courriers").get("verrouilles").asLong(),
                    campaign.total().get("demandes_de_code_en_attente").asLong(), campaign.departements(), campaign.figures().p50(),
                    campaign.slowestMs(), campaign.figures().count(), CampaignMeasurement.WARM_UP_CALLS, campaign.relaunchRows(),
                    campaign.relaunchSeconds()));
        }
        md.append(METHOD);
        return md.toString();
    }

    private static final String METHOD = """

            ## How it is measured

            - One Keycloak node started by the dev server's cluster launcher on a fresh PostgreSQL database `cibtp_bench`,
              the realm imported from `realm-export.json`.
            - Baseline: client `bench-stock-browser`, created by the run, whose browser flow is Keycloak's stock `browser`
              flow and whose login theme is the stock `keycloak.v2`, with no protocol mapper of ours, signing in accounts
              holding no site. Ours: client `espace-entreprise` (flow `cibtp browser`, theme `cibtp-entreprise`,
              `cibtp` mapper). Both are confidential clients with PKCE, in the same realm and server.
            - Accounts are created through the admin API (the realm's password hashing), one per concurrent user and
              scenario group; sites come from the registry API; account-to-site links are rows of `CIBTP_ACCOUNT_LINK`
              written in SQL, as an enrollment writes them (then `VACUUM ANALYZE`, as autovacuum keeps a live table). The four 10,000-site accounts share one
              adhérent's 10,000 sites.
            - Gatling drives the browsers and portals: a sign-in is GET of the authorization page, POST of the password,
              (POST of the chooser's choice), redirect with the code, code to tokens with the PKCE verifier; cookies are
              dropped before each sign-in. A refresh scenario signs in once, then refreshes in a loop. A chooser scenario
              signs in once up to the chooser, then posts its first page again (what the server does for a page, without
              the password check before it) and a search, in a loop. Every user sends its next request as soon as the
              last is answered: the server is saturated, so times include waiting for a core behind the other users.
            - Times are taken around each request in the load generator, in nanoseconds: server time plus the loopback.
              Gatling's own HTML report of the run is in `benchmarks/target/gatling/`.
            - The registry import streams generated lines in one request (Java's HTTP client: one request is not a load
              test); the heap is read with `jcmd GC.run` and `GC.heap_info` before and after, and `jstat` meanwhile.
            - The campaign figures: after the import, a campaign is written in SQL on the generated sites (4 in 10 held by
              links first made over the last 150 days, a letter for each site issued then, those held used, those older than 90 days
              expired, 1 unused letter in 100 locked, 1 site in 200 waiting for a code; then `VACUUM ANALYZE`), and the
              back office's call is timed from the load generator, alone on the server.
            """;
}
