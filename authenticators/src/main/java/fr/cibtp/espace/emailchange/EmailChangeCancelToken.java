package fr.cibtp.espace.emailchange;

/** The link sent to the old address as soon as a change is asked: it cancels that change, once. */
public class EmailChangeCancelToken extends EmailChangeToken {

    public static final String TOKEN_TYPE = "cibtp-email-change-cancel";

    public EmailChangeCancelToken(String userId, int absoluteExpirationInSecs, String oldEmail, String newEmail, String clientId) {
        super(TOKEN_TYPE, userId, absoluteExpirationInSecs, oldEmail, newEmail, clientId);
    }

    /** For Jackson. */
    private EmailChangeCancelToken() {
    }
}
