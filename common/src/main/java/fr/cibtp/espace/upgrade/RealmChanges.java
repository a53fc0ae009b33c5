package fr.cibtp.espace.upgrade;

import java.util.Objects;
import java.util.Optional;

import org.keycloak.component.ComponentModel;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.WebAuthnPolicy;
import org.keycloak.models.utils.RepresentationToModel;
import org.keycloak.representations.idm.AuthenticationExecutionExportRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.services.ui.extend.UiTabProvider;
import org.keycloak.userprofile.UserProfileProvider;

/** Changes to the realm itself: its attributes, CIBTP settings, user profile, required actions and flows. */
public final class RealmChanges {

    private RealmChanges() {
    }

    /** A realm attribute (an action token's lifetime, say) set as the file sets it, unless the caisse set one. */
    public static RealmChange attribute(String name) {
        return context -> {
            if (context.realm().getAttribute(name) != null) {
                return Optional.empty();
            }
            String value = context.shipped().realmAttribute(name);
            context.realm().setAttribute(name, value);
            return Optional.of("realm attribute " + name + " = " + value);
        };
    }

    /** A new key of Realm settings → CIBTP, shown with its default in the tab; a value the caisse typed is kept. */
    public static RealmChange setting(String key) {
        return context -> {
            RealmModel realm = context.realm();
            Optional<ComponentModel> tab = realm.getComponentsStream(realm.getId(), UiTabProvider.class.getName())
                    .filter(c -> "CIBTP".equals(c.getProviderId())).findFirst();
            if (tab.isEmpty() || tab.get().getConfig().containsKey(key)) {
                return Optional.empty();
            }
            String value = context.shipped().setting(key);
            tab.get().getConfig().putSingle(key, value);
            realm.updateComponent(tab.get());
            return Optional.of("setting " + key + " = " + value);
        };
    }

    /** An attribute of the user profile, as the file declares it. */
    public static RealmChange userProfileAttribute(String name) {
        return context -> {
            UserProfileProvider profiles = context.session().getProvider(UserProfileProvider.class);
            UPConfig config = profiles.getConfiguration();
            if (config.getAttribute(name) != null) {
                return Optional.empty();
            }
            config.addOrReplaceAttribute(context.shipped().userProfileAttribute(name));
            profiles.setConfiguration(config);
            return Optional.of("user-profile attribute " + name);
        };
    }

    /** A required action registered (enabled or not as the file says); one the caisse disabled stays disabled. */
    public static RealmChange requiredAction(String alias) {
        return context -> {
            if (context.realm().getRequiredActionProviderByAlias(alias) != null) {
                return Optional.empty();
            }
            RequiredActionProviderRepresentation shipped = context.shipped().requiredAction(alias);
            RequiredActionProviderModel action = new RequiredActionProviderModel();
            action.setAlias(shipped.getAlias());
            action.setName(shipped.getName());
            action.setProviderId(shipped.getProviderId());
            action.setEnabled(shipped.isEnabled());
            action.setDefaultAction(shipped.isDefaultAction());
            action.setPriority(shipped.getPriority());
            action.setConfig(shipped.getConfig() == null ? new java.util.HashMap<>() : shipped.getConfig());
            context.realm().addRequiredActionProvider(action);
            return Optional.of("required action " + alias);
        };
    }

    /**
     * A step added to a flow with the requirement and priority the file gives it, which place it among the flow's
     * other steps as in the file.
     */
    public static RealmChange flowStep(String flowAlias, String authenticator) {
        return context -> {
            RealmModel realm = context.realm();
            AuthenticationFlowModel flow = realm.getFlowByAlias(flowAlias);
            if (flow == null || realm.getAuthenticationExecutionsStream(flow.getId())
                    .anyMatch(e -> Objects.equals(authenticator, e.getAuthenticator()))) {
                return Optional.empty();
            }
            AuthenticationExecutionExportRepresentation shipped = context.shipped().execution(flowAlias, authenticator);
            AuthenticationExecutionModel step = new AuthenticationExecutionModel();
            step.setParentFlow(flow.getId());
            step.setAuthenticator(authenticator);
            step.setAuthenticatorFlow(false);
            step.setRequirement(AuthenticationExecutionModel.Requirement.valueOf(shipped.getRequirement()));
            step.setPriority(shipped.getPriority());
            realm.addAuthenticatorExecution(step);
            return Optional.of("flow '" + flowAlias + "': step " + authenticator + " (" + shipped.getRequirement() + ")");
        };
    }

    /** A required action of Keycloak's the file ships disabled (one that a step of ours does with more care), disabled. */
    public static RealmChange requiredActionDisabled(String alias) {
        return context -> {
            RequiredActionProviderModel action = context.realm().getRequiredActionProviderByAlias(alias);
            if (action == null || !action.isEnabled() || context.shipped().requiredAction(alias).isEnabled()) {
                return Optional.empty();
            }
            action.setEnabled(false);
            context.realm().updateRequiredActionProvider(action);
            return Optional.of("required action " + alias + " disabled");
        };
    }

    /**
     * The passkeys (Authentication → Policies → Webauthn Passwordless Policy) as the file sets them: on, with the
     * name the devices show, a discoverable key and the device's own unlocking asked each time.
     */
    public static RealmChange passkeyPolicy() {
        return context -> {
            WebAuthnPolicy policy = context.realm().getWebAuthnPolicyPasswordless();
            if (Boolean.TRUE.equals(policy.isPasskeysEnabled())) {
                return Optional.empty();
            }
            RealmRepresentation shipped = context.shipped().representation();
            policy.setRpEntityName(shipped.getWebAuthnPolicyPasswordlessRpEntityName());
            policy.setResidentKey(shipped.getWebAuthnPolicyPasswordlessResidentKey());
            policy.setUserVerificationRequirement(shipped.getWebAuthnPolicyPasswordlessUserVerificationRequirement());
            policy.setAvoidSameAuthenticatorRegister(shipped.isWebAuthnPolicyPasswordlessAvoidSameAuthenticatorRegister());
            policy.setMediation(shipped.getWebAuthnPolicyPasswordlessMediation());
            policy.setPasskeysEnabled(shipped.getWebAuthnPolicyPasswordlessPasskeysEnabled());
            context.realm().setWebAuthnPolicyPasswordless(policy);
            return Optional.of("passkeys on (" + policy.getRpEntityName() + ", user verification " + policy.getUserVerificationRequirement() + ")");
        };
    }

    /** A top-level flow of the file with its steps (steps only, no sub-flow), unless the realm has one of that name. */
    public static RealmChange flow(String alias) {
        return context -> {
            RealmModel realm = context.realm();
            if (realm.getFlowByAlias(alias) != null) {
                return Optional.empty();
            }
            AuthenticationFlowRepresentation shipped = context.shipped().flow(alias);
            AuthenticationFlowModel flow = new AuthenticationFlowModel();
            flow.setAlias(alias);
            flow.setDescription(shipped.getDescription());
            flow.setProviderId(shipped.getProviderId());
            flow.setTopLevel(true);
            flow.setBuiltIn(false);
            flow = realm.addAuthenticationFlow(flow);
            for (AuthenticationExecutionExportRepresentation shippedStep : shipped.getAuthenticationExecutions()) {
                AuthenticationExecutionModel step = new AuthenticationExecutionModel();
                step.setParentFlow(flow.getId());
                step.setAuthenticator(shippedStep.getAuthenticator());
                step.setAuthenticatorFlow(false);
                step.setRequirement(AuthenticationExecutionModel.Requirement.valueOf(shippedStep.getRequirement()));
                step.setPriority(shippedStep.getPriority());
                realm.addAuthenticatorExecution(step);
            }
            return Optional.of("flow '" + alias + "' (" + shipped.getAuthenticationExecutions().size() + " steps)");
        };
    }

    /** An identity provider of the file, as the file has it (its flows must be there first); one the realm has is kept. */
    public static RealmChange identityProvider(String alias) {
        return context -> {
            if (context.session().identityProviders().getByAlias(alias) != null) {
                return Optional.empty();
            }
            IdentityProviderModel provider = RepresentationToModel.toModel(context.realm(), context.shipped().identityProvider(alias), context.session());
            context.session().identityProviders().create(provider);
            return Optional.of("identity provider " + alias + (provider.isEnabled() ? "" : " (off)"));
        };
    }
}
