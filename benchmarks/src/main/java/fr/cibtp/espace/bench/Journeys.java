package fr.cibtp.espace.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * What a browser and a portal do, as Gatling chains, for one scenario in one round: the authorization-code sign-in
 * with PKCE (authorization page, password, the chooser's choice when there is one, code to tokens), the chooser's
 * pages, the refresh grant. Steps are timed into the {@link Recorder} when {@code round} is not negative.
 */
final class Journeys {

    private static final String AUTH = "/realms/cibtp/protocol/openid-connect/auth";
    private static final String TOKEN = "/realms/cibtp/protocol/openid-connect/token";

    private final Scenario scenario;
    private final int round;
    private final Recorder recorder;
    private final String clientId;
    private final String clientSecret;

    Journeys(Fixture fixture, Scenario scenario, int round) {
        this.scenario = scenario;
        this.round = round;
        this.recorder = fixture.recorder();
        this.clientId = scenario.ours ? Fixture.ENTREPRISE_CLIENT : Fixture.STOCK_CLIENT;
        this.clientSecret = scenario.ours ? fixture.entrepriseSecret() : fixture.stockSecret();
    }

    /** A sign-in from a browser without cookies, up to the portal holding its tokens. */
    ChainBuilder signIn() {
        ChainBuilder chain = authorizationPage().exec(timed("password", password(scenario.chooses())));
        if (scenario.chooses()) {
            chain = chain.exec(timed("choice", choice()));
        }
        return chain.exec(timed("token", codeToToken()));
    }

    /** Signs in up to the chooser, where {@link #chooserPages()} then runs again and again. */
    ChainBuilder upToChooser() {
        return authorizationPage().exec(password(true));
    }

    /**
     * The chooser's first page again (what the server does for a page, without the password check before it) and a
     * search, in the sign-in started by {@link #upToChooser()}.
     */
    ChainBuilder chooserPages() {
        return timed("first page", chooserPage("first page", "").check(substring("cibtp-site-choice")))
                .exec(timed("search", chooserPage("search", "#{search}").check(substring("#{site}"))));
    }

    ChainBuilder refresh() {
        return exec(timed("refresh", http("refresh").post(TOKEN)
                .formParam("grant_type", "refresh_token").formParam("refresh_token", "#{refreshToken}")
                .formParam("client_id", clientId).formParam("client_secret", clientSecret)
                .check(status().is(200), jsonPath("$.refresh_token").saveAs("refreshToken"))));
    }

    private ChainBuilder authorizationPage() {
        return exec(flushCookieJar()).exec(Pkce::fresh)
                .exec(timed("authorization page", http("authorization page").get(AUTH)
                        .queryParam("client_id", clientId).queryParam("redirect_uri", Fixture.REDIRECT_URI)
                        .queryParam("response_type", "code").queryParam("scope", "openid")
                        .queryParam("state", "#{state}").queryParam("code_challenge", "#{challenge}")
                        .queryParam("code_challenge_method", "S256")
                        .check(status().is(200), css("#kc-form-login", "action").saveAs("action"))));
    }

    /** The password form's answer: the chooser for several sites, else the redirect with the code. */
    private HttpRequestActionBuilder password(boolean chooser) {
        HttpRequestActionBuilder post = http("password").post("#{action}")
                .formParam("username", "#{email}").formParam("password", "#{password}");
        return chooser
                ? post.check(status().is(200), css("#cibtp-site-search", "action").saveAs("action"))
                : post.check(status().is(302), headerRegex("Location", "[?&]code=([^&]+)").saveAs("code"));
    }

    private HttpRequestActionBuilder chooserPage(String name, String query) {
        return http(name).post("#{action}").formParam("q", query).formParam("page", "1")
                .check(status().is(200), css("#cibtp-site-search", "action").saveAs("action"));
    }

    private HttpRequestActionBuilder choice() {
        return http("choice").post("#{action}").formParam("site", "#{site}")
                .check(status().is(302), headerRegex("Location", "[?&]code=([^&]+)").saveAs("code"));
    }

    private ChainBuilder codeToToken() {
        ChainBuilder token = exec(http("token").post(TOKEN)
                .formParam("grant_type", "authorization_code").formParam("code", "#{code}")
                .formParam("redirect_uri", Fixture.REDIRECT_URI).formParam("code_verifier", "#{verifier}")
                .formParam("client_id", clientId).formParam("client_secret", clientSecret)
                .check(status().is(200), jsonPath("$.access_token").saveAs("accessToken"),
                        jsonPath("$.refresh_token").saveAs("refreshToken")));
        return scenario == Scenario.SIGN_IN_ONE_SITE ? token.exec(this::measureFullRightsToken) : token;
    }

    /** The holder of the one site is its administrateur: every right, the largest claim a token carries. */
    private Session measureFullRightsToken(Session session) {
        String token = session.getString("accessToken");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        if (payload.contains("\"admin\":true")) {
            recorder.fullRightsToken(token.getBytes(StandardCharsets.US_ASCII).length);
        }
        return session;
    }

    private ChainBuilder timed(String step, ActionBuilder request) {
        return timed(step, exec(request));
    }

    private ChainBuilder timed(String step, ChainBuilder steps) {
        if (round < 0) {
            return steps;
        }
        String mark = "started " + step;
        return exec(session -> session.set(mark, System.nanoTime())).exec(steps).exec(session -> {
            if (!session.isFailed()) {
                recorder.sample(scenario, round, step, System.nanoTime() - session.getLong(mark));
            }
            return session;
        });
    }

    /** One sign-in, refresh or chooser visit in a loop: timed whole, counted as failed if any check fails. */
    ChainBuilder transaction(ChainBuilder steps) {
        return exec(session -> session.markAsSucceeded().set("transaction started", System.nanoTime()))
                .exitBlockOnFail().on(steps)
                .exec(session -> {
                    if (round >= 0 && session.isFailed()) {
                        recorder.failure(scenario, round);
                    } else if (round >= 0) {
                        recorder.sample(scenario, round, Recorder.TRANSACTION, System.nanoTime() - session.getLong("transaction started"));
                    }
                    return session.markAsSucceeded();
                });
    }
}
