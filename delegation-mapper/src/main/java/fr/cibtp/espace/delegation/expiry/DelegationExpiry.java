package fr.cibtp.espace.delegation.expiry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.cibtp.espace.delegation.invitation.InvitedAccounts;
import fr.cibtp.espace.delegation.service.DelegationSetting;
import fr.cibtp.espace.delegation.store.DelegationProvider;
import fr.cibtp.espace.delegation.store.StoredDelegation;
import fr.cibtp.espace.mail.LinkBase;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.time.CaisseClock;
import fr.cibtp.espace.time.CaisseDates;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.timer.ScheduledTask;

/**
 * The daily job of delegations: closes those whose end date has passed (an admin event each), tells grantor and
 * grantee 7 days before an end date, and removes the accounts of invitations never used for
 * {@code invitation-expiry-days}. Run by Keycloak's timer on one node of the cluster a day.
 */
public class DelegationExpiry implements ScheduledTask {

    static final int REMINDER_DAYS = 7;
    private static final Logger LOG = Logger.getLogger(DelegationExpiry.class);

    @Override
    public void run(KeycloakSession session) {
        LocalDate today = CaisseClock.today();
        if (!DailyRun.claim(session, DailyRun.DELEGATION_EXPIRY, today)) {
            LOG.debugf("Daily delegation job: %s already done in the cluster", today);
            return;
        }
        Done done = run(session, today);
        LOG.infof("Daily delegation job for %s: %d delegations closed, %d reminders sent, %d unused invitations removed", today,
                done.closed(), done.reminded(), done.invitationsRemoved());
    }

    /** What a day's run did. */
    public record Done(int closed, int reminded, int invitationsRemoved) {
    }

    /** One day's work, for every realm. */
    public static Done run(KeycloakSession session, LocalDate today) {
        DelegationProvider delegations = session.getProvider(DelegationProvider.class);
        int closed = 0;
        int reminded = 0;
        int invitationsRemoved = 0;
        for (RealmModel realm : session.realms().getRealmsStream().toList()) {
            // A timer's session has no realm; users and emails are looked up in the realm's context.
            session.getContext().setRealm(realm);
            for (StoredDelegation ended : delegations.endedBefore(realm, today)) {
                if (delegations.close(realm, ended.id())) {
                    ExpiryEvent.closed(session, realm, ended);
                    closed++;
                }
            }
            for (StoredDelegation ending : delegations.endingOn(realm, today.plusDays(REMINDER_DAYS))) {
                reminded += remind(session, realm, ending);
            }
            int expiryDays = CibtpSettings.of(realm).positive(DelegationSetting.INVITATION_EXPIRY_DAYS);
            long cutoff = today.minusDays(expiryDays).atStartOfDay(CaisseClock.ZONE).toInstant().toEpochMilli();
            invitationsRemoved += InvitedAccounts.expire(session, realm, cutoff);
        }
        return new Done(closed, reminded, invitationsRemoved);
    }

    private static int remind(KeycloakSession session, RealmModel realm, StoredDelegation ending) {
        UserModel grantee = session.users().getUserById(realm, ending.granteeId());
        Set<UserModel> recipients = new LinkedHashSet<>();
        if (grantee != null) {
            recipients.add(grantee);
        }
        if (ending.grantorId() != null) {
            UserModel grantor = session.users().getUserById(realm, ending.grantorId());
            if (grantor != null) {
                recipients.add(grantor);
            }
        }
        Optional<Site> site = session.getProvider(RegistryProvider.class).findSite(realm, ending.site());
        String base = LinkBase.of(realm);
        int sent = 0;
        for (UserModel recipient : recipients) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("raisonSociale", site.map(Site::raisonSociale).orElse(""));
            attributes.put("site", site.map(Site::name).orElse(""));
            attributes.put("identifiant", ending.site());
            attributes.put("fin", CaisseDates.longDate(ending.fin(), CaisseDates.readerLocale(realm, recipient)));
            if (base != null && recipient.getId().equals(ending.grantorId())) {
                // Who gave it can extend it: the delegation's page. Its delegate cannot, and gets no link.
                attributes.put("link", base + "/realms/" + realm.getName() + "/cibtp-delegations/droits-acces/" + ending.id()
                        + "?site=" + ending.site());
            }
            attributes.put("beneficiaire", grantee == null ? "" : grantee.getEmail());
            try {
                session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(recipient)
                        .send("cibtpDelegationEndingSubject", "cibtp-delegation-ending.ftl", attributes);
                sent++;
            } catch (EmailException e) {
                LOG.warnf("Reminder of the end of delegation %s not sent to user %s: %s", ending.id(), recipient.getId(), e.getMessage());
            }
        }
        return sent;
    }
}
