package fr.cibtp.espace.delegation.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import fr.cibtp.espace.delegation.invitation.InvitedAccounts;
import fr.cibtp.espace.limits.Slots;
import fr.cibtp.espace.mail.LinkAttributes;
import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;

/**
 * The account of a delegate whose email Keycloak does not know yet, and its invitation: the activation email the
 * guide announces ("un courriel contenant le lien d'activation du Compte utilisateur"), saying who opened which site
 * to them. Its link is Keycloak's "execute actions" token: it lets the delegate set a password and certifies the
 * address. An administrator invites at most "invitations-per-day" new people in 24 hours, a site
 * "invitations-per-site-per-day", the realm "invitations-per-realm-per-day" a caisse day; the daily job removes an
 * invited account whose link was never used after "invitation-expiry-days".
 */
final class Invitation {

    static final String SUBJECT = "cibtpInvitationSubject";
    static final String TEMPLATE = "cibtp-invitation.ftl";

    private final SiteAccess access;

    Invitation(SiteAccess access) {
        this.access = access;
    }

    /**
     * @throws Refusal when the day's invitations of the administrator, of the site or of the realm are used up, or when
     *                 the email cannot be sent (then nothing stays, and nothing is counted)
     */
    UserModel send(String email, String nom, String prenom, GranteePhones phones, Site site) {
        RealmModel realm = access.realm();
        CibtpSettings settings = CibtpSettings.of(realm);
        int perAdministrator = settings.positive(DelegationSetting.INVITATIONS_PER_DAY);
        Slots ofAdministrator = Slots.perDay(access.session, realm, "invitation", access.user().getId(), perAdministrator);
        String administratorSlot = ofAdministrator.take();
        if (administratorSlot == null) {
            throw new Refusal(Refusal.Kind.TOO_MANY, RefusalCode.TROP_D_INVITATIONS, null, perAdministrator);
        }
        int perSite = settings.positive(DelegationSetting.INVITATIONS_PER_SITE_PER_DAY);
        Slots ofSite = Slots.perDay(access.session, realm, "invitation-site", site.identifiant(), perSite);
        String siteSlot = ofSite.take();
        LocalDate today = CaisseClock.today();
        KeycloakSessionFactory factory = access.session.getKeycloakSessionFactory();
        boolean inRealm = siteSlot != null && InvitedAccounts.reserve(factory, realm.getId(), today,
                settings.positive(DelegationSetting.INVITATIONS_PER_REALM_PER_DAY));
        try {
            if (siteSlot == null) {
                throw new Refusal(Refusal.Kind.TOO_MANY, RefusalCode.TROP_D_INVITATIONS_SITE, null, perSite);
            }
            if (!inRealm) {
                throw Refusal.of(Refusal.Kind.TOO_MANY, RefusalCode.INVITATIONS_SUSPENDUES);
            }
            UserModel invited = invite(email, nom, prenom, phones, site);
            InvitedAccounts.record(access.session, realm, invited, site.identifiant(), access.user().getId());
            return invited;
        } catch (Refusal notSent) {
            // Nothing was invited (refused, or the mail server refused): the try does not count.
            ofAdministrator.giveBack(administratorSlot);
            ofSite.giveBack(siteSlot);
            if (inRealm) {
                InvitedAccounts.release(factory, realm.getId(), today);
            }
            throw notSent;
        }
    }

    private UserModel invite(String email, String nom, String prenom, GranteePhones phones, Site site) {
        KeycloakSession session = access.session;
        RealmModel realm = access.realm();
        UserModel user = session.users().addUser(realm, email);
        user.setEnabled(true);
        user.setEmail(email);
        user.setFirstName(prenom);
        user.setLastName(nom);
        phones.setOn(user);
        int lifespan = realm.getActionTokenGeneratedByAdminLifespan();
        List<String> actions = List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name(), UserModel.RequiredAction.VERIFY_EMAIL.name());
        actions.forEach(user::addRequiredAction);
        ExecuteActionsActionToken token = new ExecuteActionsActionToken(user.getId(), email, Time.currentTime() + lifespan, actions,
                null, access.caller.client().getClientId());
        String link = LoginActionsService.actionTokenProcessor(session.getContext().getUri())
                .queryParam("key", token.serialize(session, realm, session.getContext().getUri())).build(realm.getName()).toString();
        try {
            Map<String, Object> attributes = LinkAttributes.of(session, realm, user, link, TimeUnit.SECONDS.toMinutes(lifespan));
            attributes.put("grantor", grantorName(access.user()));
            attributes.put("raisonSociale", site.raisonSociale() == null ? "" : site.raisonSociale());
            attributes.put("site", site.name() == null ? "" : site.name());
            attributes.put("identifiant", site.identifiant());
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user).send(SUBJECT, TEMPLATE, attributes);
        } catch (EmailException e) {
            // The account was only for this delegation: none of it stays, whoever answers (API or page).
            session.getTransactionManager().setRollbackOnly();
            throw Refusal.of(Refusal.Kind.UNAVAILABLE, RefusalCode.COURRIEL_NON_ENVOYE);
        }
        return user;
    }

    /** "Prénom Nom" of the administrator who invites; their address when the account has no name. */
    static String grantorName(UserModel grantor) {
        String name = ((grantor.getFirstName() == null ? "" : grantor.getFirstName()) + " "
                + (grantor.getLastName() == null ? "" : grantor.getLastName())).strip();
        return name.isEmpty() ? grantor.getEmail() : name;
    }
}
