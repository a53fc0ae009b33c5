package fr.cibtp.espace.refusal;

import java.util.List;

/**
 * A refused operation of an API or a page: why ({@link RefusalCode}), the field it is about (as the API names it; null
 * when none), the values its sentence names, and the HTTP status the API answers. The APIs and the pages word it from
 * the bundles, each in its own language ({@link RefusalAnswer}).
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
    private final String wording;
    private final List<String> identifiants;

    public Refusal(Kind kind, RefusalCode code, String field, Object... params) {
        this(kind, code, field, List.of(params), null, List.of());
    }

    private Refusal(Kind kind, RefusalCode code, String field, List<Object> params, String wording, List<String> identifiants) {
        super(code.key(), null, false, false);
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.params = params;
        this.wording = wording;
        this.identifiants = identifiants;
    }

    public static Refusal invalid(RefusalCode code, String field, Object... params) {
        return new Refusal(Kind.INVALID, code, field, params);
    }

    public static Refusal of(Kind kind, RefusalCode code) {
        return new Refusal(kind, code, null);
    }

    /**
     * The same refusal in a sentence of its own, {@code cibtpRefusal_<code>.<wording>}: one API's case of a code both
     * share (the registry's role next to the delegations' administrator, an NDJSON file next to a JSON body).
     */
    public Refusal worded(String wording) {
        return new Refusal(kind, code, field, params, wording, identifiants);
    }

    /** The same refusal naming the identifiants it is about, answered in the body's {@code identifiants}. */
    public Refusal naming(List<String> identifiants) {
        return new Refusal(kind, code, field, params, wording, List.copyOf(identifiants));
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

    public List<String> identifiants() {
        return identifiants;
    }

    /** The key of its sentence in the bundles. */
    public String messageKey() {
        return wording == null ? code.messageKey() : code.messageKey() + "." + wording;
    }
}
