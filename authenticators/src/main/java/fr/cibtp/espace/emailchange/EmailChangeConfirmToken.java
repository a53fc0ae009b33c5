package fr.cibtp.espace.emailchange;

/** The link sent to the old address of an account without a certified mobile: it confirms that change at once, once. */
public class EmailChangeConfirmToken extends EmailChangeToken {

    public static final String TOKEN_TYPE = "cibtp-email-change-confirm";

    public EmailChangeConfirmToken(String userId, int absoluteExpirationInSecs, String oldEmail, String newEmail, String clientId) {
        super(TOKEN_TYPE, userId, absoluteExpirationInSecs, oldEmail, newEmail, clientId);
    }

    /** For Jackson. */
    private EmailChangeConfirmToken() {
    }
}
