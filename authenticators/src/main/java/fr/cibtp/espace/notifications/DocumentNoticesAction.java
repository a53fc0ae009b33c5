package fr.cibtp.espace.notifications;

import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.cibtp.espace.sms.certification.Mobiles;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * "Notification des documents" of Mon compte, started with {@code kc_action=cibtp-document-notifications}: two boxes,
 * by email and by SMS (SMS offered only with a certified mobile). Saving writes the user attribute and an
 * {@code UPDATE_PROFILE} event; "Annuler" changes nothing.
 */
public class DocumentNoticesAction implements RequiredActionProvider {

    public static final String ID = "cibtp-document-notifications";
    static final String TEMPLATE = "cibtp-document-notifications.ftl";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        UserModel user = context.getUser();
        context.challenge(context.form().setAttribute("cibtpChosen", user.getAttributeStream(DocumentNotices.ATTRIBUTE).toList())
                .setAttribute("cibtpSmsOffered", hasCertifiedMobile(user)).createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        UserModel user = context.getUser();
        List<String> asked = form.get("canal") == null ? List.of() : form.get("canal");
        List<String> kept = DocumentNotices.kept(asked, hasCertifiedMobile(user));
        if (kept.isEmpty()) {
            user.removeAttribute(DocumentNotices.ATTRIBUTE);
        } else {
            user.setAttribute(DocumentNotices.ATTRIBUTE, kept);
        }
        context.getEvent().clone().event(EventType.UPDATE_PROFILE).user(user)
                .detail("cibtp_document_notifications", kept.isEmpty() ? "none" : String.join(",", kept)).success();
        context.success();
    }

    private static boolean hasCertifiedMobile(UserModel user) {
        return Mobiles.certified(user) != null;
    }

    @Override
    public void close() {
    }
}
