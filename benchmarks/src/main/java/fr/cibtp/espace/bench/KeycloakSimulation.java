package fr.cibtp.espace.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Every scenario in turn, round after round (a short warm-up round first), so that a slow minute of the machine
 * falls on all of them alike. Each scenario runs {@code users} virtual users at once, each with its own account for
 * the whole scenario (Keycloak refuses parallel sign-ins of one account), looping for the scenario's time.
 */
public class KeycloakSimulation extends Simulation {

    public KeycloakSimulation() {
        Fixture fixture = Fixture.current();
        BenchSettings settings = fixture.settings();
        List<PopulationBuilder> sequence = new ArrayList<>();
        for (int round = 0; round <= settings.rounds(); round++) {
            Duration time = round == 0 ? settings.warmUpTime() : settings.scenarioTime();
            for (Scenario scenario : Scenario.values()) {
                sequence.add(population(fixture, scenario, round, time));
            }
        }
        PopulationBuilder chain = sequence.get(sequence.size() - 1);
        for (int i = sequence.size() - 2; i >= 0; i--) {
            chain = sequence.get(i).andThen(chain);
        }
        setUp(chain).protocols(http.baseUrl(fixture.baseUrl()).disableFollowRedirect().acceptLanguageHeader("fr")
                .userAgentHeader("cibtp-benchmarks"));
    }

    private static PopulationBuilder population(Fixture fixture, Scenario scenario, int round, Duration time) {
        Journeys measured = new Journeys(fixture, scenario, round);
        ChainBuilder iteration = switch (scenario.kind) {
            case SIGN_IN -> measured.signIn();
            case REFRESH -> measured.refresh();
            case CHOOSER -> measured.chooserPages();
        };
        // Refresh and chooser scenarios sign in once, untimed: for the refresh token, or up to the chooser's page.
        Journeys untimed = new Journeys(fixture, scenario, -1);
        ChainBuilder setup = switch (scenario.kind) {
            case SIGN_IN -> exec(session -> session);
            case REFRESH -> untimed.signIn();
            case CHOOSER -> untimed.upToChooser();
        };
        List<Map<String, Object>> accounts = fixture.accounts(scenario.accounts).stream().map(Account::record).toList();
        return scenario("round " + round + ": " + scenario.label)
                .feed(listFeeder(accounts).queue())
                .exec(setup)
                .exitHereIfFailed()
                .exec(session -> {
                    fixture.recorder().begin(scenario, round);
                    return session;
                })
                .exec(during(time, false).on(measured.transaction(iteration)))
                .injectOpen(atOnceUsers(accounts.size()));
    }
}
