package fr.cibtp.espace.forgot;

import fr.cibtp.espace.flow.RequiredStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Authentication flows: "CIBTP forgot password: mails of the day", just before "Send Reset Email". */
public class ResetMailBudgetFactory extends RequiredStepFactory {

    public static final String ID = "cibtp-reset-mail-budget";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ResetMailBudget();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP forgot password: mails of the day";
    }

    @Override
    public String getReferenceCategory() {
        return "cibtp-forgot";
    }

    @Override
    public String getHelpText() {
        return "Sends no reset link once the account's mails of the day (user-mails-per-day) are used up; the page says sent all the same.";
    }
}
