package fr.cibtp.espace.emailchange;

/** The link of the "changed" notice, sent to the old address: it puts that address back, once. */
public class EmailChangeUndoToken extends EmailChangeToken {

    public static final String TOKEN_TYPE = "cibtp-email-change-undo";

    public EmailChangeUndoToken(String userId, int absoluteExpirationInSecs, String oldEmail, String newEmail, String clientId) {
        super(TOKEN_TYPE, userId, absoluteExpirationInSecs, oldEmail, newEmail, clientId);
    }

    /** For Jackson. */
    private EmailChangeUndoToken() {
    }
}
