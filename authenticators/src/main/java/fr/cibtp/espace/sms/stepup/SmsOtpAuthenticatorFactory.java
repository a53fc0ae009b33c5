package fr.cibtp.espace.sms.stepup;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Authentication flows: "CIBTP step-up (SMS code or passkey)"; limits and gateway are the realm's CIBTP settings. */
public class SmsOtpAuthenticatorFactory implements AuthenticatorFactory {

    public static final String ID = "cibtp-sms-otp";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new SmsOtpAuthenticator();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP step-up (SMS code or passkey)";
    }

    @Override
    public String getReferenceCategory() {
        return "sms";
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return new Requirement[]{Requirement.REQUIRED, Requirement.ALTERNATIVE, Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public String getHelpText() {
        return "Checks one of the account's passkeys, or sends a code by SMS to its certified mobile and checks it.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
