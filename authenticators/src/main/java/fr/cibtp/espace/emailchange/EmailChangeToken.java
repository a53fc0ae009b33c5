package fr.cibtp.espace.emailchange;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.authentication.actiontoken.DefaultActionToken;

/** The link sent to the new address: valid for that change only (old and new address), once. */
public class EmailChangeToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "cibtp-email-change";

    @JsonProperty("oldEmail")
    private String oldEmail;

    @JsonProperty("newEmail")
    private String newEmail;

    public EmailChangeToken(String userId, int absoluteExpirationInSecs, String oldEmail, String newEmail, String clientId) {
        this(TOKEN_TYPE, userId, absoluteExpirationInSecs, oldEmail, newEmail, clientId);
    }

    /** A link about the same change, of another type (the cancel link sent to the old address). */
    protected EmailChangeToken(String type, String userId, int absoluteExpirationInSecs, String oldEmail, String newEmail, String clientId) {
        super(userId, type, absoluteExpirationInSecs, null);
        this.oldEmail = oldEmail;
        this.newEmail = newEmail;
        this.issuedFor = clientId;
    }

    /** For Jackson. */
    protected EmailChangeToken() {
    }

    public String getOldEmail() {
        return oldEmail;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
