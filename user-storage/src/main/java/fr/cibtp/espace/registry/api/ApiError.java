package fr.cibtp.espace.registry.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The error body of the CIBTP APIs: {@code {"erreur":"code","message":"French sentence"}}. */
public final class ApiError {

    private ApiError() {
    }

    public static WebApplicationException of(Response.Status status, String code, String message) {
        return of(status, code, message, Map.of());
    }

    public static WebApplicationException of(Response.Status status, String code, String message, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("erreur", code);
        body.put("message", message);
        body.putAll(extra);
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .entity(body).build());
    }
}
