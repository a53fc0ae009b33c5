package fr.cibtp.espace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import io.gatling.app.Gatling$;
import org.jboss.logging.Logger;

/**
 * The benchmark, start to end: a Keycloak node on a fresh PostgreSQL database, the generated data, the interleaved
 * Gatling scenarios, the registry import and the campaign figures on it, then {@code benchmarks/RESULTS.md}. Argument: the project's folder.
 */
public final class BenchmarkRun {

    private static final Logger LOG = Logger.getLogger(BenchmarkRun.class);

    static final String DATABASE = "cibtp_bench";
    private static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        BenchSettings settings = BenchSettings.fromSystemProperties();
        try (Cluster cluster = Cluster.start(project, Cluster.Options.defaults().withNodes(1).freshDatabase(DATABASE))) {
            ClusterNode node = cluster.node(0);
            KeycloakApi api = new KeycloakApi(node.url());
            Recorder recorder = new Recorder();
            Fixture.use(new BenchData(api, JDBC_URL).prepare(settings, recorder));
            long pid = node.javaPid();
            // First, so that the scenarios then run against a registry of a caisse's size.
            ImportMeasurement.Result imported = settings.importLines() > 0
                    ? ImportMeasurement.run(api, pid, settings.importLines()) : null;
            CampaignMeasurement.Result campaign = imported == null ? null
                    : CampaignMeasurement.run(api, JDBC_URL, api.get("cibtp").get("id").asText());

            if (settings.profile()) {
                FlightRecording.start(pid);
            }
            int status = Gatling$.MODULE$.fromArgs(new String[] {"--simulation", KeycloakSimulation.class.getName(),
                    "--results-folder", "target/gatling"});
            if (settings.profile()) {
                FlightRecording.stop(pid, project.resolve("benchmarks/target/keycloak-node.jfr"));
            }
            if (status != 0) {
                throw new IllegalStateException("Gatling ended with status " + status);
            }

            Map<Scenario, ScenarioFigures> figures = new LinkedHashMap<>();
            for (Scenario scenario : Scenario.values()) {
                figures.put(scenario, ScenarioFigures.of(recorder, scenario, settings.rounds()));
            }

            ResultsReport report = new ResultsReport(figures, recorder.fullRightsTokenBytes(), imported, campaign);
            String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
            PreviousRun previous = PreviousRun.read(project.resolve("benchmarks/RESULTS.md"));
            String markdown = report.markdown(settings, Machine.current(), api.serverVersion(), date, command(settings), previous);
            Files.writeString(project.resolve("benchmarks/RESULTS.md"), markdown);
            LOG.info(markdown);
        }
    }

    /** The command that gives these settings again. */
    private static String command(BenchSettings settings) {
        BenchSettings defaults = BenchSettings.defaults();
        StringBuilder command = new StringBuilder(ResultsReport.COMMAND);
        if (settings.rounds() != defaults.rounds()) {
            command.append(" -Dbench.rounds=").append(settings.rounds());
        }
        if (!settings.scenarioTime().equals(defaults.scenarioTime())) {
            command.append(" -Dbench.seconds=").append(settings.scenarioTime().toSeconds());
        }
        if (!settings.warmUpTime().equals(defaults.warmUpTime())) {
            command.append(" -Dbench.warmup.seconds=").append(settings.warmUpTime().toSeconds());
        }
        if (settings.users() != defaults.users()) {
            command.append(" -Dbench.users=").append(settings.users());
        }
        if (settings.importLines() != defaults.importLines()) {
            command.append(" -Dbench.import.lines=").append(settings.importLines());
        }
        if (settings.profile()) {
            command.append(" -Dbench.profile=true");
        }
        return command.toString();
    }
}
