package fr.cibtp.espace.enrollment;

import fr.cibtp.espace.settings.ClientSpace;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * "Aide à la création de votre espace sécurisé": adhérent, cabinet comptable or salarié. The cabinet answer first
 * shows the seeds' warning (the adhérent must delegate to its cabinet; using the adhérent's code burns it).
 * Skipped on the association path and on the salarié space, where the answer is known.
 */
public class QuestionnaireAuthenticator extends EnrollmentStep {

    static final String TEMPLATE = "cibtp-enrollment-questionnaire.ftl";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        EnrollmentState state = EnrollmentState.of(context);
        if (state.path() == EnrollmentPath.ASSOCIATE) {
            state.salarieForm(false);
            context.success();
        } else if (ClientSpace.isSalarie(context.getAuthenticationSession().getClient())) {
            state.salarieForm(true);
            context.success();
        } else {
            context.challenge(page(context, "choice").createForm(TEMPLATE));
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        EnrollmentState state = EnrollmentState.of(context);
        String profile = field(context, "profil");
        if (form(context).containsKey("sansAide") || form(context).containsKey("continuer")) {
            state.salarieForm(false);
            context.success();
        } else if (form(context).containsKey("precedent")) {
            context.challenge(page(context, "choice").createForm(TEMPLATE));
        } else if ("adherent".equals(profile) || "salarie".equals(profile)) {
            state.salarieForm("salarie".equals(profile));
            context.success();
        } else if ("cabinet".equals(profile)) {
            context.challenge(page(context, "cabinet").createForm(TEMPLATE));
        } else {
            context.challenge(page(context, "choice").setError("cibtpEnrollmentChooseProfile").createForm(TEMPLATE));
        }
    }

    private static org.keycloak.forms.login.LoginFormsProvider page(AuthenticationFlowContext context, String step) {
        return context.form().setAttribute("cibtpStep", step);
    }
}
