package fr.cibtp.espace.passkey;

import fr.cibtp.espace.names.RequiredActions;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.CertPathTrustworthinessVerifier;
import org.keycloak.authentication.requiredactions.WebAuthnPasswordlessRegisterFactory;
import org.keycloak.authentication.requiredactions.WebAuthnRegister;
import org.keycloak.models.KeycloakSession;

/**
 * Required actions: "CIBTP passkey", {@code kc_action=cibtp-passkey}. The realm disables Keycloak's own passkey and
 * security-key registrations, which ask no second factor.
 */
public class PasskeyRegistrationFactory extends WebAuthnPasswordlessRegisterFactory {

    public static final String ID = RequiredActions.PASSKEY;

    @Override
    protected WebAuthnRegister createProvider(KeycloakSession session, CertPathTrustworthinessVerifier trustVerifier) {
        return new PasskeyRegistration(session, trustVerifier);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayText() {
        return "CIBTP passkey";
    }
}
