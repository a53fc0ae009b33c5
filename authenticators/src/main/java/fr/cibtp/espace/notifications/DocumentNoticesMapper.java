package fr.cibtp.espace.notifications;

import java.util.ArrayList;
import java.util.List;

import fr.cibtp.espace.sms.certification.Mobiles;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

/**
 * The claim {@value #CLAIM} of userinfo: the channels by which the user wants to hear of new documents, as chosen in
 * "Notification des documents" ({@code ["email"]}, {@code ["email","sms"]}, {@code []}). SMS is given only while the
 * account has a certified mobile, whatever happened to it since the choice. Userinfo only: the access token stays small.
 */
public class DocumentNoticesMapper extends AbstractOIDCProtocolMapper implements UserInfoTokenMapper {

    public static final String ID = "cibtp-document-notifications-mapper";
    public static final String CLAIM = "cibtp_notification_documents";
    private static final List<ProviderConfigProperty> CONFIG = new ArrayList<>();

    static {
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG, DocumentNoticesMapper.class);
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mapping, UserSessionModel userSession,
                            KeycloakSession session, ClientSessionContext context) {
        UserModel user = userSession.getUser();
        token.getOtherClaims().put(CLAIM, DocumentNotices.kept(user.getAttributeStream(DocumentNotices.ATTRIBUTE).toList(),
                Mobiles.certified(user) != null));
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP document notifications";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Adds cibtp_notification_documents to userinfo: how the user wants to hear of new documents (email, sms).";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }
}
