package fr.cibtp.espace.delegation;

import java.util.List;

/**
 * A refused delegation operation: why ({@link RefusalCode}), the field it is about (as the API names it; null when
 * none), the values its sentence names, and the HTTP status the API answers. The API and the page word it from the
 * bundles, each in its own language.
 */
public final class Refusal extends RuntimeException {

    /** How the API answers it; {@code STEP_UP}: a 401 that asks for a recent second factor (RFC 9470). */
    public enum Kind {
        INVALID(400), UNAUTHENTICATED(401), STEP_UP(401), FORBIDDEN(403), NOT_FOUND(404), TOO_LARGE(413), UNSUPPORTED(415), TOO_MANY(429), UNAVAILABLE(503);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final RefusalCode code;
    private final String field;
    private final List<Object> params;

    public Refusal(Kind kind, RefusalCode code, String field, Object... params) {
        super(code.key(), null, false, false);
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.params = List.of(params);
    }

    public static Refusal invalid(RefusalCode code, String field, Object... params) {
        return new Refusal(Kind.INVALID, code, field, params);
    }

    public static Refusal of(Kind kind, RefusalCode code) {
        return new Refusal(kind, code, null);
    }

    public Kind kind() {
        return kind;
    }

    public RefusalCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public List<Object> params() {
        return params;
    }
}
