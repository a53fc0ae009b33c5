package fr.cibtp.espace.upgrade;

import fr.cibtp.espace.names.RequiredActions;
import fr.cibtp.espace.names.Clients;
import static fr.cibtp.espace.upgrade.ClientChanges.attribute;
import static fr.cibtp.espace.upgrade.ClientChanges.homeUrl;
import static fr.cibtp.espace.upgrade.ClientChanges.mapper;
import static fr.cibtp.espace.upgrade.ClientChanges.mapperRemoved;
import static fr.cibtp.espace.upgrade.RealmChanges.flow;
import static fr.cibtp.espace.upgrade.RealmChanges.flowStep;
import static fr.cibtp.espace.upgrade.RealmChanges.identityProvider;
import static fr.cibtp.espace.upgrade.RealmChanges.passkeyPolicy;
import static fr.cibtp.espace.upgrade.RealmChanges.requiredAction;
import static fr.cibtp.espace.upgrade.RealmChanges.requiredActionDisabled;
import static fr.cibtp.espace.upgrade.RealmChanges.setting;
import static fr.cibtp.espace.upgrade.RealmChanges.userProfileAttribute;

import java.util.List;

/**
 * Every release that changed the realm, with what it changed: a new release that changes {@code realm-export.json}
 * adds its entry here (and its section to CHANGELOG.md). 1.0.0, the first release, is the realm file as it was then.
 */
public final class Releases {

    private static final String ENTREPRISE = Clients.ENTREPRISE_PORTAL;
    private static final String SALARIE = Clients.SALARIE_PORTAL;

    private Releases() {
    }

    public static List<Release> all() {
        return List.of(
                Release.of("1.1.0",
                        RealmChanges.attribute("actionTokenGeneratedByUserLifespan.reset-credentials"),
                        RealmChanges.attribute("actionTokenGeneratedByUserLifespan.cibtp-mobile-reset"),
                        RealmChanges.attribute("actionTokenGeneratedByUserLifespan.cibtp-email-change-undo"),
                        setting("invitations-per-site-per-day"),
                        setting("invitations-per-realm-per-day"),
                        setting("invitation-expiry-days"),
                        setting("grant-second-factor-minutes"),
                        flowStep("cibtp reset credentials", "cibtp-reset-mail-budget"),
                        // Salariés hold no delegation: their portal's tokens no longer open the delegation API.
                        mapperRemoved(SALARIE, "openid-connect", "audience cibtp-delegations"),
                        requiredAction("cibtp-document-notifications"),
                        userProfileAttribute("documentNotifications"),
                        mapper(ENTREPRISE, "cibtp_notification_documents"),
                        mapper(SALARIE, "cibtp_notification_documents"),
                        homeUrl(ENTREPRISE),
                        homeUrl(SALARIE),
                        attribute(Clients.ENTREPRISE_ACCOUNT, "post.logout.redirect.uris"),
                        attribute(Clients.SALARIE_ACCOUNT, "post.logout.redirect.uris"),
                        // Passkeys: on, added only through our step (after the step-up), and named in the tokens' amr.
                        passkeyPolicy(),
                        requiredAction(RequiredActions.PASSKEY),
                        requiredActionDisabled("webauthn-register"),
                        requiredActionDisabled("webauthn-register-passwordless"),
                        flowStep("cibtp browser", "cibtp-sign-in-methods"),
                        mapper(ENTREPRISE, "amr"),
                        mapper(SALARIE, "amr"),
                        // ProConnect: off until the caisse sets it up (guide § 4), with its two flows.
                        flow("cibtp proconnect premiere connexion"),
                        flow("cibtp proconnect connexion"),
                        identityProvider("proconnect"),
                        userProfileAttribute("proconnectLinkedPassword")));
    }

    /** The newest release that changed the realm: the version a realm imported from the shipped file is at. */
    public static ReleaseVersion newest() {
        return all().stream().map(Release::version).max(java.util.Comparator.naturalOrder()).orElseThrow();
    }
}
