package fr.cibtp.espace.names;

/** Required actions one module defines and another asks for ({@code kc_action}) or lists in the realm upgrade. */
public final class RequiredActions {

    /** "Changer de tiers": choosing another site without signing out (authenticators). */
    public static final String SWITCH_SITE = "cibtp-switch-site";
    /** Adding a passkey behind the step-up (authenticators). */
    public static final String PASSKEY = "cibtp-passkey";

    private RequiredActions() {
    }
}
