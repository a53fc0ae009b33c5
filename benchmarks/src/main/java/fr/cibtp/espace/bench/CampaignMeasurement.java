package fr.cibtp.espace.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.logging.Logger;

/**
 * The campaign figures ({@code GET /campagne}) on the imported registry, after a campaign laid out straight in the
 * database as months of enrollments would leave it: 4 sites in 10 held (first held over the last 150 days), a letter
 * for every site (those held used, those older than 90 days expired), 1 unused letter in 100 locked, 1 site in 200
 * waiting for a code by post. Then the relaunch file of every site not yet enrolled.
 */
final class CampaignMeasurement {

    private static final Logger LOG = Logger.getLogger(CampaignMeasurement.class);
    static final int WARM_UP_CALLS = 3;
    private static final int CALLS = 10;
    private static final long DAY = 86_400_000L;
    private static final String HELD = "abs(hashtext(s.IDENTIFIANT)) % 10 < 4";
    /** A share of a duration, from a hash of the identifiant (PostgreSQL's hashtext is an int: 24 days of milliseconds). */
    private static final String SPREAD = "(abs(hashtext(s.IDENTIFIANT || '%s')) %% 100000)::bigint * ? / 100000";

    record Result(Percentiles figures, double slowestMs, JsonNode total, int departements, double relaunchSeconds, long relaunchRows) {
    }

    private CampaignMeasurement() {
    }

    static Result run(KeycloakApi api, String jdbcUrl, String realmId) throws SQLException {
        layOut(jdbcUrl, realmId);
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            figures(api);
        }
        List<Long> nanos = new ArrayList<>();
        JsonNode answer = null;
        for (int i = 0; i < CALLS; i++) {
            long started = System.nanoTime();
            answer = figures(api);
            nanos.add(System.nanoTime() - started);
        }
        long started = System.nanoTime();
        HttpResponse<String> relaunch = api.getRegistry("campagne/non-inscrits", Duration.ofMinutes(10));
        double relaunchSeconds = (System.nanoTime() - started) / 1e9;
        if (relaunch.statusCode() != 200) {
            throw new IllegalStateException("The relaunch file answered " + relaunch.statusCode() + ": " + relaunch.body());
        }
        long rows = relaunch.body().lines().count() - 1;
        Percentiles figures = Percentiles.of(nanos);
        double slowest = nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        LOG.infof("Campaign figures: p50 %.0f ms, slowest %.0f ms; relaunch file %,d rows in %.1f s", figures.p50(), slowest, rows,
                relaunchSeconds);
        return new Result(figures, slowest, answer.get("total"), answer.get("departements").size(), relaunchSeconds, rows);
    }

    private static JsonNode figures(KeycloakApi api) {
        HttpResponse<String> response = api.getRegistry("campagne", Duration.ofMinutes(2));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The campaign figures answered " + response.statusCode() + ": " + response.body());
        }
        return KeycloakApi.parse(response.body());
    }

    /** The links, letters, locks and requests of a campaign, in a few statements; then the statistics autovacuum keeps. */
    private static void layOut(String jdbcUrl, String realmId) throws SQLException {
        long now = System.currentTimeMillis();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            execute(db, "insert into CIBTP_ACCOUNT_LINK (ID, REALM_ID, USER_ID, KIND, IDENTIFIANT, CREATED_AT, SITE_NAME, SITE_SORT, SIRET)"
                    + " select md5('link' || s.ID), s.REALM_ID, 'bench-campaign-' || (abs(hashtext(s.IDENTIFIANT)) % 100000), 'site',"
                    + " s.IDENTIFIANT, ? - " + SPREAD.formatted("w") + ", s.NAME, s.NAME, s.SIRET from CIBTP_SITE s"
                    + " where s.REALM_ID = ? and " + HELD + " and not exists (select 1 from CIBTP_ACCOUNT_LINK l"
                    + " where l.REALM_ID = s.REALM_ID and l.KIND = 'site' and l.IDENTIFIANT = s.IDENTIFIANT)", now, 150 * DAY, realmId);
            execute(db, "insert into CIBTP_PROVISIONAL_CODE (ID, REALM_ID, KIND, IDENTIFIANT, HASH, ISSUED_AT, EXPIRES_AT, USED_AT)"
                    + " select md5('code' || s.ID), s.REALM_ID, 'site', s.IDENTIFIANT, '{}', ? - " + SPREAD.formatted("i") + ","
                    + " ? - " + SPREAD.formatted("i") + " + ?, case when " + HELD + " then ? - " + SPREAD.formatted("w") + " end"
                    + " from CIBTP_SITE s where s.REALM_ID = ? and not exists (select 1 from CIBTP_PROVISIONAL_CODE c"
                    + " where c.REALM_ID = s.REALM_ID and c.KIND = 'site' and c.IDENTIFIANT = s.IDENTIFIANT)",
                    now, 150 * DAY, now, 150 * DAY, 90 * DAY, now, 150 * DAY, realmId);
            execute(db, "insert into CIBTP_CODE_LOCK (ID, REALM_ID, CODE_ID, SOURCE, WRONG_ATTEMPTS, LOCKED_AT)"
                    + " select md5('lock' || c.ID), c.REALM_ID, c.ID, '192.0.2.1', 20, ? from CIBTP_PROVISIONAL_CODE c"
                    + " where c.REALM_ID = ? and c.USED_AT is null and abs(hashtext(c.IDENTIFIANT || 'l')) % 100 = 0", now, realmId);
            execute(db, "insert into CIBTP_CODE_REQUEST (ID, REALM_ID, IDENTIFIANT, STATUS, REQUESTED_AT)"
                    + " select md5('request' || s.ID), s.REALM_ID, s.IDENTIFIANT, 'en_attente', ? from CIBTP_SITE s"
                    + " where s.REALM_ID = ? and not (" + HELD + ") and abs(hashtext(s.IDENTIFIANT || 'r')) % 200 = 0", now, realmId);
            // What the registry's writes keep on each site's row, written here as the same writes would have.
            execute(db, "update CIBTP_SITE s set HELD_SINCE = l.FIRST from (select IDENTIFIANT, min(CREATED_AT) as FIRST"
                    + " from CIBTP_ACCOUNT_LINK where REALM_ID = ? and KIND = 'site' group by IDENTIFIANT) l"
                    + " where s.REALM_ID = ? and s.IDENTIFIANT = l.IDENTIFIANT", realmId, realmId);
            execute(db, "update CIBTP_SITE s set LETTER_ISSUED_AT = c.ISSUED_AT, LETTER_EXPIRES_AT = c.EXPIRES_AT, LETTER_USED_AT = c.USED_AT"
                    + " from CIBTP_PROVISIONAL_CODE c where s.REALM_ID = ? and c.REALM_ID = s.REALM_ID and c.KIND = 'site'"
                    + " and c.IDENTIFIANT = s.IDENTIFIANT", realmId);
            execute(db, "update CIBTP_SITE s set LETTER_LOCKED_UNTIL = ? from CIBTP_CODE_LOCK k, CIBTP_PROVISIONAL_CODE c"
                    + " where k.REALM_ID = ? and c.ID = k.CODE_ID and s.REALM_ID = c.REALM_ID and s.IDENTIFIANT = c.IDENTIFIANT",
                    Long.MAX_VALUE, realmId);
            execute(db, "update CIBTP_ADHERENT a set HELD_SINCE = s.FIRST from (select ADHERENT_NUMERO, min(HELD_SINCE) as FIRST"
                    + " from CIBTP_SITE where REALM_ID = ? group by ADHERENT_NUMERO) s where a.REALM_ID = ? and a.NUMERO = s.ADHERENT_NUMERO"
                    + " and s.FIRST is not null", realmId, realmId);
            try (Statement analyze = db.createStatement()) {
                for (String table : List.of("CIBTP_ACCOUNT_LINK", "CIBTP_PROVISIONAL_CODE", "CIBTP_CODE_LOCK", "CIBTP_CODE_REQUEST",
                        "CIBTP_SITE", "CIBTP_ADHERENT")) {
                    analyze.execute("vacuum analyze " + table);
                }
            }
        }
        LOG.infof("Campaign laid out in %d s", Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
