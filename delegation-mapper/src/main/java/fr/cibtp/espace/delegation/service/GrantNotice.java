package fr.cibtp.espace.delegation.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriBuilder;

import fr.cibtp.espace.delegation.store.StoredDelegation;
import fr.cibtp.espace.names.Endpoints;
import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.Site;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.UserModel;

/**
 * Power given on a site is told to those who answer for it: every holder of the site and every delegate above the
 * new delegation, the one who gave it included (with a stolen password, that is the victim). Each mail shows who
 * gave what to whom and links to the delegation and to its closing. A grant whose notice cannot be sent is not kept.
 */
final class GrantNotice {

    static final String SUBJECT = "cibtpGrantNoticeSubject";
    static final String TEMPLATE = "cibtp-grant-notice.ftl";

    private final SiteAccess access;

    GrantNotice(SiteAccess access) {
        this.access = access;
    }

    /** @param view where the delegation is shown; {@code close} where it is closed, both on "Gérer les droits d'accès" */
    void send(Site site, List<StoredDelegation> above, String grantee, String role, String view, String close) {
        Map<String, UserModel> recipients = new LinkedHashMap<>();
        access.registry().holders(access.realm(), new Precompte(PrecompteKind.SITE, site.identifiant())).forEach(id -> add(recipients, id));
        above.forEach(d -> add(recipients, d.granteeId()));
        for (UserModel recipient : recipients.values()) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("grantor", Invitation.grantorName(access.user()));
            attributes.put("grantee", grantee);
            attributes.put("role", role);
            attributes.put("raisonSociale", site.raisonSociale() == null ? "" : site.raisonSociale());
            attributes.put("site", site.name() == null ? "" : site.name());
            attributes.put("identifiant", site.identifiant());
            attributes.put("viewLink", view);
            attributes.put("closeLink", close);
            try {
                access.session.getProvider(EmailTemplateProvider.class).setRealm(access.realm()).setUser(recipient)
                        .send(SUBJECT, TEMPLATE, attributes);
            } catch (EmailException e) {
                access.session.getTransactionManager().setRollbackOnly();
                throw Refusal.of(Refusal.Kind.UNAVAILABLE, RefusalCode.AVIS_NON_ENVOYE);
            }
        }
    }

    /** The page of a delegation, or of the site's cabinet block, with {@code site}. */
    UriBuilder page() {
        return access.session.getContext().getUri().getBaseUriBuilder().path("realms").path(access.realm().getName())
                .path(Endpoints.DELEGATIONS).path(Endpoints.RIGHTS_PAGE);
    }

    private void add(Map<String, UserModel> recipients, String userId) {
        if (userId != null && !recipients.containsKey(userId)) {
            UserModel user = access.session.users().getUserById(access.realm(), userId);
            if (user != null && user.isEnabled() && user.getEmail() != null) {
                recipients.put(userId, user);
            }
        }
    }
}
