package fr.cibtp.espace.enrollment;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.cibtp.espace.limits.Slots;
import fr.cibtp.espace.registry.EnrollmentCheck;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/**
 * Step 1/2, "Informations d'identification": identifiant CIBTP, numéro de SIRET and code confidentiel provisoire
 * (salarié: identifiant and code). Format errors are explained per field; a wrong combination gets one message that
 * does not say which part was wrong nor whether the précompte is locked, expired or used: only whoever typed all three
 * right is told that. At most so many tries an hour from one address (setting {@code enrollment-tries-per-hour}).
 */
public class IdentificationAuthenticator extends EnrollmentStep {

    static final String TEMPLATE = "cibtp-enrollment-identification.ftl";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        EnrollmentState state = EnrollmentState.of(context);
        context.challenge(page(context, state).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        EnrollmentState state = EnrollmentState.of(context);
        String identifiant = field(context, IdentificationForm.IDENTIFIANT);
        String siret = state.salarieForm() ? null : field(context, IdentificationForm.SIRET);
        String code = field(context, IdentificationForm.CODE);
        IdentificationForm typed = state.salarieForm() ? IdentificationForm.salarie(identifiant, code)
                : IdentificationForm.entreprise(identifiant, siret, code);
        LoginFormsProvider page = page(context, state)
                .setAttribute("cibtpIdentifiant", identifiant == null ? "" : identifiant)
                .setAttribute("cibtpSiret", siret == null ? "" : siret);
        if (!typed.isValid()) {
            typed.errors().forEach((field, key) -> page.addError(new FormMessage(field, key)));
            context.challenge(page.createForm(TEMPLATE));
            return;
        }

        Slots limit = Slots.perAddressAndHour(context.getSession(), context.getRealm(), "enrollment",
                CibtpSettings.of(context.getRealm()).positive(EnrollmentSetting.TRIES_PER_HOUR));
        String slot = limit.take();
        if (slot == null) {
            context.getEvent().clone().detail("cibtp_step", "identification").error("cibtp_enrollment_flood");
            context.failureChallenge(AuthenticationFlowError.ACCESS_DENIED,
                    page.setError("cibtpEnrollmentTooMany").createForm(TEMPLATE));
            return;
        }
        RegistryProvider registry = context.getSession().getProvider(RegistryProvider.class);
        PrecompteKind space = state.salarieForm() ? PrecompteKind.SALARIE : PrecompteKind.SITE;
        EnrollmentCheck check = registry.checkEnrollment(context.getRealm(), space, identifiant, siret, code,
                context.getConnection().getRemoteAddr());
        if (check.accepted()) {
            limit.giveBack(slot);
            state.accepted(check.precompte(), check.codeIssuedAt());
            context.success();
            return;
        }
        EventBuilder event = context.getEvent().clone().detail("cibtp_step", "identification")
                .detail("cibtp_outcome", check.outcome().name().toLowerCase(Locale.ROOT));
        if (check.precompte() != null) {
            event.detail("cibtp_precompte", check.precompte().reference());
        }
        event.error(switch (check.counted()) {
            case WRONG_CODE -> "cibtp_wrong_code";
            case LOCKED_NOW -> "cibtp_precompte_locked";
            default -> "cibtp_enrollment_refused";
        });
        if (check.outcome() == EnrollmentCheck.Outcome.LOCKED && check.lockedUntil() != null) {
            page.setError("cibtpEnrollmentLockedUntil", lockEnd(context, check.lockedUntil()));
        } else {
            page.setError(messageKey(check.outcome(), state.salarieForm()));
        }
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page.createForm(TEMPLATE));
    }

    static String messageKey(EnrollmentCheck.Outcome outcome, boolean salarie) {
        switch (outcome) {
            case LOCKED:
                return "cibtpEnrollmentLocked";
            case EXPIRED:
                return "cibtpEnrollmentExpired";
            case USED:
                return "cibtpEnrollmentUsed";
            default:
                return salarie ? "cibtpEnrollmentRefusedSalarie" : "cibtpEnrollmentRefused";
        }
    }

    /** "14:35", on the caisse's clock (French time), in the words of the page's language. */
    private static String lockEnd(AuthenticationFlowContext context, Instant until) {
        Locale locale = context.getSession().getContext().resolveLocale(null);
        return DateTimeFormatter.ofPattern("HH:mm", locale).format(until.atZone(CaisseClock.ZONE));
    }

    private static LoginFormsProvider page(AuthenticationFlowContext context, EnrollmentState state) {
        return context.form()
                .setAttribute("cibtpPath", state.path().name().toLowerCase(Locale.ROOT))
                .setAttribute("cibtpSalarie", state.salarieForm());
    }
}
