package fr.cibtp.espace.it.openapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext.Location;

/**
 * Checks calls against one OpenAPI description. The answer must be one the description declares for the operation
 * (status, content type, body schema, error shape). The request is the test's own doing: one the description does not
 * allow must be refused (4xx); the API accepting it means the description and the code disagree.
 */
public final class OpenApiCheck {

    private static final Set<String> UNKNOWN_OPERATION = Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private final OpenApiInteractionValidator validator;

    private OpenApiCheck(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    public static OpenApiCheck of(String description) {
        return new OpenApiCheck(OpenApiInteractionValidator.createForInlineApiSpecification(description)
                .withLevelResolver(LevelResolver.create()
                        // The API ignores a body where it takes none; the tests, as some HTTP clients, POST {} to close.
                        .withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    /** What the call does that the description does not allow; empty when it conforms. */
    public List<String> problems(ApiExchange exchange) {
        ValidationReport report = validator.validate(request(exchange), response(exchange));
        boolean refused = exchange.status() >= 400 && exchange.status() < 500;
        List<String> problems = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            boolean onRequest = message.getContext().flatMap(ValidationReport.MessageContext::getLocation)
                    .map(location -> location == Location.REQUEST).orElse(message.getKey().startsWith("validation.request"));
            if (onRequest && refused && !UNKNOWN_OPERATION.contains(message.getKey())) {
                continue;
            }
            String prefix = onRequest && !UNKNOWN_OPERATION.contains(message.getKey())
                    ? "accepted (" + exchange.status() + ") a request the description does not allow: " : "";
            problems.add(prefix + message.getKey() + ": " + message.getMessage()
                    + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo()));
        }
        return problems;
    }

    private static SimpleRequest request(ApiExchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(exchange.method()), exchange.uri().getRawPath());
        exchange.requestHeaders().forEach(request::withHeader);
        String query = exchange.uri().getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                request.withQueryParam(decoded(name), decoded(value));
            }
        }
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
            request.withBody(exchange.requestBody());
        }
        return request.build();
    }

    private static SimpleResponse response(ApiExchange exchange) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        String type = exchange.responseHeader("Content-Type");
        if (type != null) {
            response.withContentType(type);
        }
        if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
            response.withBody(exchange.responseBody());
        }
        return response.build();
    }

    private static String decoded(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
