package fr.cibtp.espace.sitechoice;



import fr.cibtp.espace.names.RequiredActions;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.EventType;

/**
 * "Changer de tiers": a portal sends the signed-in user to Keycloak with {@code kc_action=cibtp-switch-site}; the
 * chooser shows again, without a password, and the tokens issued next carry the new site.
 */
public class SwitchSite implements RequiredActionProvider {

    public static final String ID = RequiredActions.SWITCH_SITE;

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(choice(context).page(context.form(), null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        SiteChoice.Answer answer = choice(context).answer(context.getHttpRequest().getDecodedFormParameters(), context::form);
        if (answer.chosen() == null) {
            context.challenge(answer.page());
            return;
        }
        context.getAuthenticationSession().setUserSessionNote(SiteChoice.NOTE, answer.chosen().identifiant());
        context.getEvent().event(EventType.CUSTOM_REQUIRED_ACTION).detail("custom_required_action", ID)
                .detail("cibtp_site", answer.chosen().identifiant());
        context.success();
    }

    private static SiteChoice choice(RequiredActionContext context) {
        return new SiteChoice(context.getSession(), context.getRealm(), context.getUser());
    }

    @Override
    public void close() {
    }
}
