package fr.cibtp.espace.emailchange;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.authentication.actiontoken.DefaultActionToken;

/** The link sent to the old address as soon as a change is asked: it cancels that change, once. */
public class EmailChangeCancelToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "cibtp-email-change-cancel";

    @JsonProperty("oldEmail")
    private String oldEmail;

    @JsonProperty("newEmail")
    private String newEmail;

    public EmailChangeCancelToken(String userId, int absoluteExpirationInSecs, String oldEmail, String newEmail, String clientId) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, null);
        this.oldEmail = oldEmail;
        this.newEmail = newEmail;
        this.issuedFor = clientId;
    }

    /** For Jackson. */
    private EmailChangeCancelToken() {
    }

    public String getOldEmail() {
        return oldEmail;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
