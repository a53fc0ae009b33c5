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
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, null);
        this.oldEmail = oldEmail;
        this.newEmail = newEmail;
        this.issuedFor = clientId;
    }

    /** For Jackson. */
    private EmailChangeToken() {
    }

    public String getOldEmail() {
        return oldEmail;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
