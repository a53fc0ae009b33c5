package fr.cibtp.espace.look;

import java.util.List;
import java.util.Map;

import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.settings.ClientSpace;
import org.keycloak.email.EmailException;
import org.keycloak.email.freemarker.FreeMarkerEmailTemplateProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;

/**
 * Keycloak's email templating, with what our email layout shows around every body: the caisse's name and logo, and
 * the space the mail belongs to (the portal the user came from; the entreprise space when none, as for the daily
 * job's mails, which are about delegations). Nothing else changes.
 */
public class BrandedEmails extends FreeMarkerEmailTemplateProvider {

    public BrandedEmails(KeycloakSession session) {
        super(session);
    }

    @Override
    protected EmailTemplate processTemplate(String subjectKey, List<Object> subjectAttributes, String template,
                                            Map<String, Object> attributes) throws EmailException {
        if (realm != null) {
            CibtpSettings settings = CibtpSettings.of(realm);
            attributes.put("caisseName", CaisseLook.name(settings));
            attributes.put("caisseLogo", CaisseLook.logo(settings));
        }
        attributes.put("space", ClientSpace.isSalarie(client()) ? "salarie" : "entreprise");
        return super.processTemplate(subjectKey, subjectAttributes, template, attributes);
    }

    private ClientModel client() {
        if (authenticationSession != null && authenticationSession.getClient() != null) {
            return authenticationSession.getClient();
        }
        return session.getContext().getClient();
    }
}
