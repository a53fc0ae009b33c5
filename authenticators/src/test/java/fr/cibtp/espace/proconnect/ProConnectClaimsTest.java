package fr.cibtp.espace.proconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.representations.IDToken;

class ProConnectClaimsTest {

    @Test
    void theSiretOfUserinfoAsProConnectGivesIt() {
        assertEquals("32483899499750", ProConnectClaims.siret(withUserInfo("32483899499750")));
    }

    @Test
    void elseTheSiretOfTheIdToken() {
        BrokeredIdentityContext identity = new BrokeredIdentityContext("sub", enabled());
        IDToken token = new IDToken();
        token.getOtherClaims().put("siret", "32483899499750");
        identity.getContextData().put(OIDCIdentityProvider.VALIDATED_ID_TOKEN, token);
        assertEquals("32483899499750", ProConnectClaims.siret(identity));
    }

    @Test
    void noneOrNotASiretIsNone() {
        assertNull(ProConnectClaims.siret(new BrokeredIdentityContext("sub", enabled())));
        assertNull(ProConnectClaims.siret(withUserInfo("32483899499751")), "a wrong check digit");
        assertNull(ProConnectClaims.siret(withUserInfo("<script>")));
    }

    private static IdentityProviderModel enabled() {
        IdentityProviderModel proConnect = new IdentityProviderModel();
        proConnect.setEnabled(true);
        return proConnect;
    }

    private static BrokeredIdentityContext withUserInfo(String siret) {
        BrokeredIdentityContext identity = new BrokeredIdentityContext("sub", enabled());
        ObjectNode userInfo = JsonNodeFactory.instance.objectNode().put("sub", "sub").put("siret", siret);
        identity.getContextData().put(OIDCIdentityProvider.USER_INFO, userInfo);
        return identity;
    }
}
