package fr.cibtp.espace.enrollment;

import java.util.HashMap;
import java.util.Map;

import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.RegistryProvider;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A new holder of a précompte is told to the accounts that held it before: a second letter code used by someone they
 * do not know is a space opened behind their back, which the caisse can undo (the registry API's holder removal).
 * Told, not asked: the letter's code is the proof the registry asks, and a mail server down must not lose the
 * enrollment it just made.
 */
final class NewHolderNotice {

    static final String SUBJECT = "cibtpNewHolderSubject";
    static final String TEMPLATE = "cibtp-new-holder.ftl";
    private static final Logger LOG = Logger.getLogger(NewHolderNotice.class);

    private NewHolderNotice() {
    }

    static void send(KeycloakSession session, RealmModel realm, UserModel newHolder, Precompte precompte) {
        RegistryProvider registry = session.getProvider(RegistryProvider.class);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("kind", precompte.kind().key());
        attributes.put("newHolder", newHolder.getEmail());
        attributes.put("identifiant", precompte.identifiant());
        attributes.put("name", name(registry, realm, precompte));
        for (String id : registry.holders(realm, precompte)) {
            UserModel holder = id.equals(newHolder.getId()) ? null : session.users().getUserById(realm, id);
            if (holder == null || !holder.isEnabled() || holder.getEmail() == null) {
                continue;
            }
            try {
                session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(holder).send(SUBJECT, TEMPLATE, attributes);
            } catch (EmailException e) {
                LOG.warnf("The new holder of %s could not be told to an earlier holder: the mail server refused (%s)",
                        precompte.reference(), e.getMessage());
            }
        }
    }

    /** "MAÇONNERIE DU RHIN – CHANTIER 1" for a site, the raison sociale for a cabinet, nothing for a salarié. */
    private static String name(RegistryProvider registry, RealmModel realm, Precompte precompte) {
        return switch (precompte.kind()) {
            case SITE -> registry.findSite(realm, precompte.identifiant()).map(s -> s.raisonSociale() + " – " + s.name()).orElse("");
            case CABINET -> registry.findCabinet(realm, precompte.identifiant()).map(c -> c.raisonSociale()).orElse("");
            case SALARIE -> "";
        };
    }
}
