package fr.cibtp.espace.look;

import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.email.freemarker.FreeMarkerEmailTemplateProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Takes the place of Keycloak's email templating (same id, higher order). */
public class BrandedEmailsFactory extends FreeMarkerEmailTemplateProviderFactory {

    @Override
    public EmailTemplateProvider create(KeycloakSession session) {
        return new BrandedEmails(session);
    }

    @Override
    public int order() {
        return 10;
    }
}
