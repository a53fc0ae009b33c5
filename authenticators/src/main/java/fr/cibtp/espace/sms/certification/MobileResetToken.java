package fr.cibtp.espace.sms.certification;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.authentication.actiontoken.DefaultActionToken;

/**
 * The link sent to the certified email of a user who lost their certified mobile: valid for that mobile only, once.
 */
public class MobileResetToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "cibtp-mobile-reset";

    @JsonProperty("mobile")
    private String mobile;

    /** @param email the address the link is sent to (Keycloak's own claim): once the account's address changes, the link is void */
    public MobileResetToken(String userId, int absoluteExpirationInSecs, String mobile, String email, String clientId) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, null);
        this.mobile = mobile;
        setEmail(email);
        this.issuedFor = clientId;
    }

    /** For Jackson. */
    private MobileResetToken() {
    }

    public String getMobile() {
        return mobile;
    }
}
