package fr.cibtp.espace.it.openapi;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** One call to an API as it went over the wire: what was asked and what came back. */
public record ApiExchange(String method, URI uri, Map<String, List<String>> requestHeaders, String requestBody, int status,
                          Map<String, List<String>> responseHeaders, String responseBody) {

    public static ApiExchange of(HttpRequest request, String requestBody, HttpResponse<String> response) {
        return new ApiExchange(request.method(), request.uri(), request.headers().map(), requestBody, response.statusCode(),
                response.headers().map(), response.body());
    }

    /** An exchange written by hand, to try the checks on answers no server gives. */
    public static ApiExchange of(String method, String url, String contentType, String requestBody, int status, String responseType,
                                 String responseBody) {
        return new ApiExchange(method, URI.create(url), contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType)),
                requestBody, status, responseType == null ? Map.of() : Map.of("Content-Type", List.of(responseType)), responseBody);
    }

    public String requestHeader(String name) {
        return header(requestHeaders, name);
    }

    public String responseHeader(String name) {
        return header(responseHeaders, name);
    }

    @Override
    public String toString() {
        return method + " " + uri + " -> " + status + " " + (responseBody == null ? "" : abbreviated(responseBody));
    }

    private static String abbreviated(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).flatMap(e -> e.getValue().stream())
                .findFirst().orElse(null);
    }
}
