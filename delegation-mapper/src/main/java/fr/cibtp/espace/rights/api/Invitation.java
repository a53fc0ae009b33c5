package fr.cibtp.espace.rights.api;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.registry.api.ApiError;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;

/**
 * The account of a delegate whose email Keycloak does not know yet, and its invitation: Keycloak's "execute actions"
 * email, whose link lets the delegate set a password and certifies the address.
 */
final class Invitation {

    private Invitation() {
    }

    /** @throws WebApplicationException 503 when the email cannot be sent: then nothing of the account stays */
    static UserModel send(KeycloakSession session, String email, String nom, String prenom, String clientId) {
        RealmModel realm = session.getContext().getRealm();
        UserModel user = session.users().addUser(realm, email);
        user.setEnabled(true);
        user.setEmail(email);
        user.setFirstName(prenom);
        user.setLastName(nom);
        int lifespan = realm.getActionTokenGeneratedByAdminLifespan();
        List<String> actions = List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name(), UserModel.RequiredAction.VERIFY_EMAIL.name());
        actions.forEach(user::addRequiredAction);
        ExecuteActionsActionToken token = new ExecuteActionsActionToken(user.getId(), email, Time.currentTime() + lifespan, actions,
                null, clientId);
        String link = LoginActionsService.actionTokenProcessor(session.getContext().getUri())
                .queryParam("key", token.serialize(session, realm, session.getContext().getUri())).build(realm.getName()).toString();
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user).sendExecuteActions(link,
                    TimeUnit.SECONDS.toMinutes(lifespan));
        } catch (EmailException e) {
            // The account was only for this delegation: none of it stays, whoever answers (API or page).
            session.getTransactionManager().setRollbackOnly();
            throw ApiError.of(Response.Status.SERVICE_UNAVAILABLE, "courriel_non_envoye",
                    "Le courriel d'invitation n'a pas pu être envoyé : rien n'a été enregistré, réessayez plus tard.");
        }
        return user;
    }
}
