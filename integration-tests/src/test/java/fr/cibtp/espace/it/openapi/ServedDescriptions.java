package fr.cibtp.espace.it.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every call the tests make to the registry and delegation APIs through their helpers is checked against the OpenAPI
 * description the server itself serves at {@code openapi.json}; a call the description does not allow fails the test
 * that made it. What was checked is written to {@code target/openapi-conformance.txt} when the tests end.
 */
public final class ServedDescriptions {

    private static final Pattern API = Pattern.compile("^(.*/realms/[^/]+/(cibtp-registry|cibtp-delegations))(/.*)?$");
    private static final Path SUMMARY = Path.of("target", "openapi-conformance.txt");
    private static final Map<String, OpenApiCheck> CHECKS = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> CHECKED = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ServedDescriptions::writeSummary));
    }

    private ServedDescriptions() {
    }

    /** Fails, naming every problem, when the call is not one the served description allows; other URLs pass. */
    public static void check(HttpRequest request, String requestBody, HttpResponse<String> response) {
        ApiExchange exchange = ApiExchange.of(request, requestBody, response);
        Matcher api = API.matcher(exchange.uri().getPath());
        if (!api.matches() || "/openapi.json".equals(api.group(3))) {
            return;
        }
        URI base = exchange.uri().resolve(api.group(1));
        List<String> problems = CHECKS.computeIfAbsent(base.toString(), ServedDescriptions::served).problems(exchange);
        CHECKED.computeIfAbsent(api.group(2) + " " + exchange.method() + " " + exchange.status(), k -> new LongAdder()).increment();
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer does not conform to " + base + "/openapi.json: " + exchange + "\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /** Calls checked so far, all APIs together. */
    public static long checkedCalls() {
        return CHECKED.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private static OpenApiCheck served(String base) {
        try {
            HttpResponse<String> description = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (description.statusCode() != 200) {
                throw new AssertionError(base + "/openapi.json answered " + description.statusCode());
            }
            return OpenApiCheck.of(description.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void writeSummary() {
        if (CHECKED.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("Calls checked against the served OpenAPI descriptions: " + checkedCalls() + "\n");
        new TreeMap<>(CHECKED).forEach((call, count) -> text.append(call).append(": ").append(count.sum()).append('\n'));
        try {
            Files.createDirectories(SUMMARY.getParent());
            Files.writeString(SUMMARY, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the conformance summary could not be written", e);
        }
    }
}
