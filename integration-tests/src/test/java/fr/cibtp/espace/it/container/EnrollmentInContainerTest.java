package fr.cibtp.espace.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.SmsCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * "Je crée mon espace sécurisé" through the pages of the container: the letters, the account, the mobile certified
 * by the code the SMS operator received, the activation mail, and the portal's tokens.
 */
@ExtendWith(KeycloakInContainer.class)
class EnrollmentInContainerTest {

    private final ContainerServer server = KeycloakInContainer.server();

    @Test
    void aCompanyCreatesItsSpaceCertifiesItsMobileAndTheActivationMailSignsItIn() {
        Letters letters = Enrollments.newSite(server).letters();
        String email = Enrollments.uniqueEmail("creation");
        String mobile = Enrollments.uniqueMobile();
        Portal portal = new Portal(server);
        try (Browser browser = new Browser()) {
            Enrollments.passStepOne(browser, portal, letters);
            Enrollments.typeStepTwo(browser, email, mobile, "cibtp-certify");
            assertEquals("Certification du numéro de téléphone", browser.title(), browser.text());

            browser.type("code", SmsCodes.lastTo(server.sms(), mobile));
            browser.click("cibtp-validate");
            assertEquals(Enrollments.FINALISATION, browser.title(), browser.text());

            JsonNode tokens = Enrollments.activate(server, browser, portal, email);
            JsonNode accessToken = Portal.payload(tokens.path("access_token").asText());
            assertEquals(email, accessToken.path("email").asText());
            assertEquals(letters.identifiant(), Portal.claim(tokens).path("site").path("identifiant").asText(), tokens.toString());
        }
        List<UserRepresentation> users = server.realm().users().searchByEmail(email, true);
        assertEquals(1, users.size());
        UserRepresentation user = users.get(0);
        assertEquals(Boolean.TRUE, user.isEmailVerified(), "the activation link certified the address");
        assertEquals(List.of("+33" + mobile.substring(1)), user.getAttributes().get("phoneNumber"));
        assertEquals(List.of("true"), user.getAttributes().get("phoneNumberVerified"));
    }
}
