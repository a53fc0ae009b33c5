package fr.cibtp.espace.amr;

import java.util.ArrayList;
import java.util.List;

import fr.cibtp.espace.secondfactor.SignInMethods;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

/**
 * The {@code amr} claim (RFC 8176): how the user proved who they are, {@code pwd}, {@code hwk} (passkey), {@code sms}:
 * the sign-in's factor, then, when the token's level is the step-up's, the step-up's. Portals keep reading
 * {@code acr} for the level; {@code amr} says which factor gave it.
 */
public class AmrMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String ID = "cibtp-amr-mapper";
    public static final String CLAIM = "amr";
    /** The level the realm's {@code acr.loa.map} gives the step-up ({@code sms}). */
    private static final int STEP_UP_LEVEL = 2;
    private static final List<ProviderConfigProperty> CONFIG = new ArrayList<>();

    static {
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG, AmrMapper.class);
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mapping, UserSessionModel userSession,
                            KeycloakSession session, ClientSessionContext context) {
        boolean steppedUp = AcrStore.getCurrentLevelOfAuthentication(context.getClientSession()) >= STEP_UP_LEVEL;
        List<String> used = SignInMethods.of(userSession, steppedUp);
        if (!used.isEmpty()) {
            token.getOtherClaims().put(CLAIM, used);
        }
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP sign-in methods (amr)";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Adds amr: pwd (password), hwk (passkey), sms (code sent to the certified mobile), as used in the session.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }
}
