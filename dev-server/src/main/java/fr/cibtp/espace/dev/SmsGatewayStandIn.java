package fr.cibtp.espace.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP endpoint standing in for an SMS operator: it records every request it gets and answers what it was
 * told to (success by default, an error status, or silence longer than the caller's timeout). Used by the dev
 * server (list at {@code GET /sms}) and by the integration tests.
 */
public final class SmsGatewayStandIn implements AutoCloseable {

    public static final int DEFAULT_PORT = 8026;
    public static final String SEND_PATH = "/sms/send";

    /** One request as it reached the gateway. */
    public record Request(Instant at, String method, String path, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Request> received = new ArrayList<>();
    private int status = 200;
    private String responseBody = "{\"status\":\"accepted\"}";
    private Duration delay = Duration.ZERO;

    private SmsGatewayStandIn(HttpServer server) {
        this.server = server;
    }

    public static SmsGatewayStandIn start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        SmsGatewayStandIn standIn = new SmsGatewayStandIn(server);
        server.createContext(SEND_PATH, standIn::record);
        server.createContext("/sms", standIn::list);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return standIn;
    }

    public String sendUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + SEND_PATH;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public synchronized List<Request> received() {
        return List.copyOf(received);
    }

    /** Next requests get this status and body (e.g. 500 to play an operator outage). */
    public synchronized void respondWith(int status, String body) {
        this.status = status;
        this.responseBody = body;
    }

    /** Next requests are answered only after this delay (longer than the caller's timeout plays a hung operator). */
    public synchronized void delayAnswers(Duration delay) {
        this.delay = delay;
    }

    /** Forgets what was received and answers success again. */
    public synchronized void reset() {
        received.clear();
        status = 200;
        responseBody = "{\"status\":\"accepted\"}";
        delay = Duration.ZERO;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void record(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        int answerStatus;
        String answerBody;
        Duration answerDelay;
        synchronized (this) {
            received.add(new Request(Instant.now(), exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    headers, body));
            answerStatus = status;
            answerBody = responseBody;
            answerDelay = delay;
        }
        pause(answerDelay);
        reply(exchange, answerStatus, "application/json", answerBody);
    }

    private void list(HttpExchange exchange) throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (Request r : received()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"at\":").append(Json.quote(r.at().toString()))
                    .append(",\"method\":").append(Json.quote(r.method()))
                    .append(",\"path\":").append(Json.quote(r.path()))
                    .append(",\"body\":").append(Json.quote(r.body())).append('}');
        }
        reply(exchange, 200, "application/json", json.append(']').toString());
    }

    private static void pause(Duration delay) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
