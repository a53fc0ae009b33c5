package fr.cibtp.espace.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * One command for a working local Espace sécurisé: Keycloak (H2 database kept in {@code .dev/}) with this project's
 * providers and realm, a dev-only admin, the mail catcher and the SMS gateway stand-in. Ctrl-C stops everything. A
 * database kept from an earlier version is upgraded at start by the extensions, as a caisse's is; {@code --fresh}
 * starts from an empty one (fresh demo codes).
 */
public final class DevServer {

    private static final Logger LOG = Logger.getLogger(DevServer.class);
    private static final int KEYCLOAK_PORT = 8080;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path target = project.resolve("dev-server/target");

        KeycloakHome home = KeycloakHome.prepare(project.resolve(".dev"), findDistribution(target.resolve("keycloak-dist")));
        List<String> flags = List.of(args).subList(Math.min(1, args.length), args.length);
        for (String flag : flags) {
            if (!flag.equals("--fresh")) {
                LOG.errorf("Unknown option %s (known: --fresh)", flag);
                System.exit(2);
            }
            home.emptyDatabase();
        }
        home.syncProviders(listJars(target.resolve("providers")));
        home.syncRealmImport(project.resolve("realm-export.json"));
        home.keepDefaultBodyLimit();

        MailCatcher mail = MailCatcher.start(MailCatcher.SMTP_PORT, MailCatcher.HTTP_PORT);
        SmsGatewayStandIn sms = SmsGatewayStandIn.start(SmsGatewayStandIn.DEFAULT_PORT);
        Process keycloak = home.startDev(KEYCLOAK_PORT);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            try {
                keycloak.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sms.close();
            mail.close();
        }));

        String base = "http://localhost:" + KEYCLOAK_PORT;
        if (!waitUntilServed(base + "/realms/cibtp/.well-known/openid-configuration", keycloak)) {
            LOG.error("Keycloak did not start; see its log above.");
            System.exit(1);
        }
        DevRealmSetup setup = new DevRealmSetup(base);
        String sample = setup.run(project.resolve("dev-server/registry-sample.ndjson"), sms.sendUrl(), MailCatcher.SMTP_PORT);
        setup.proConnectStandIn();
        DemoPortal portal = startPortal(project.resolve("portal"), base, setup);
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        LOG.info(String.join("\n",
                "",
                "=== Espace sécurisé CIBTP: dev server ready in " + seconds + " s ===",
                "Demo portal (entreprise): " + (portal == null ? "not started, see above" : DemoPortal.ENTREPRISE_URL),
                "Demo portal (salarié):    " + (portal == null ? "not started, see above" : DemoPortal.SALARIE_URL),
                "Login page (entreprise): " + loginUrl(base, "espace-entreprise", 3000),
                "Login page (salarié):    " + loginUrl(base, "espace-salarie", 3001),
                "Gérer les droits d'accès: " + base + "/realms/cibtp/cibtp-delegations/droits-acces  (once a site is enrolled)",
                "Mon compte utilisateur:  " + base + "/realms/cibtp/cibtp-compte/mon-compte  (salarié: ?espace=salarie)",
                "OpenID configuration:    " + base + "/realms/cibtp/.well-known/openid-configuration",
                "Admin console:           " + base + "/admin/master/console/#/cibtp  (admin / admin, dev only)",
                "Mails sent by Keycloak:  " + mail.webUrl() + "  (JSON: " + mail.webUrl() + "api/messages)",
                "ProConnect stand-in:     realm " + DevProConnect.REALM + ", " + DevProConnect.USERNAME + " / " + DevProConnect.PASSWORD
                        + " (SIRET " + DevProConnect.SIRET + ", the Metz demo site); the entreprise login shows \"S'identifier avec ProConnect\"",
                "SMS gateway stand-in:    " + sms.sendUrl() + "  (received: http://localhost:" + sms.port() + "/sms)",
                "Demo registry loaded:    dev-server/registry-sample.ndjson " + sample,
                "Registry API (dev only): client " + DevRealmSetup.BACK_OFFICE_CLIENT + " / " + DevRealmSetup.BACK_OFFICE_SECRET
                        + " holds cibtp-registry-admin, e.g.",
                "  TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=" + DevRealmSetup.BACK_OFFICE_CLIENT
                        + " -d client_secret=" + DevRealmSetup.BACK_OFFICE_SECRET + " " + base
                        + "/realms/cibtp/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')",
                "  curl -H \"Authorization: Bearer $TOKEN\" '" + base + "/realms/cibtp/cibtp-registry/code-requests?statut=en_attente'",
                "  curl -H \"Authorization: Bearer $TOKEN\" '" + base + "/realms/cibtp/cibtp-registry/campagne'",
                "Keycloak home and data:  " + project.relativize(home.dir()),
                "Ctrl-C stops all of it; data is kept for the next start.",
                ""));
        System.exit(keycloak.waitFor());
    }

    /** The demo portal, or null when it cannot start (no Node.js): Keycloak and the stand-ins are useful without it. */
    private static DemoPortal startPortal(Path portalDir, String base, DevRealmSetup setup) throws InterruptedException {
        try {
            DemoPortal portal = DemoPortal.start(portalDir, base, setup.clientSecret("espace-entreprise"), setup.clientSecret("espace-salarie"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    portal.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            return portal;
        } catch (IOException | IllegalStateException e) {
            LOG.warn("The demo portal needs Node.js 20 or newer and the build's npm ci: " + e.getMessage());
            return null;
        }
    }

    /** The portals' sign-in request; PKCE is required, so it carries the example challenge of RFC 7636. */
    static String loginUrl(String base, String clientId, int portalPort) {
        return base + "/realms/cibtp/protocol/openid-connect/auth?client_id=" + clientId
                + "&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A" + portalPort + "%2F"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
    }

    private static boolean waitUntilServed(String url, Process keycloak) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && keycloak.isAlive()) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Keycloak is still building or starting.
            }
            Thread.sleep(1000);
        }
        return false;
    }

    static Path findDistribution(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak distribution in " + dir + ": run the build first"));
        }
    }

    static List<Path> listJars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> jars = new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList());
            if (jars.isEmpty()) {
                throw new IllegalStateException("No provider jars in " + dir + ": run the build first");
            }
            jars.sort(null);
            return jars;
        }
    }

    static List<String> command(Path home, String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.addAll(Arrays.asList(args));
        return command;
    }
}
