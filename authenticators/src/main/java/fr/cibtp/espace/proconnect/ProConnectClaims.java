package fr.cibtp.espace.proconnect;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.identifiers.Parsed;
import fr.cibtp.espace.identifiers.Siret;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.representations.JsonWebToken;

/**
 * What ProConnect says of the person beyond who they are: the {@code siret} of the organisation they act for, from
 * its userinfo (where ProConnect gives it) or its ID token. Null when absent or not a valid SIRET.
 */
final class ProConnectClaims {

    static final String SIRET = "siret";

    private ProConnectClaims() {
    }

    static String siret(BrokeredIdentityContext identity) {
        Object userInfo = identity.getContextData().get(OIDCIdentityProvider.USER_INFO);
        String siret = null;
        if (userInfo instanceof JsonNode node && node.hasNonNull(SIRET)) {
            siret = node.get(SIRET).asText();
        } else if (identity.getContextData().get(OIDCIdentityProvider.VALIDATED_ID_TOKEN) instanceof JsonWebToken token
                && token.getOtherClaims().get(SIRET) instanceof String claimed) {
            siret = claimed;
        }
        if (siret == null) {
            return null;
        }
        Parsed parsed = Siret.parse(siret);
        return parsed.isValid() ? parsed.value() : null;
    }
}
