package fr.cibtp.espace.delegation;

/**
 * What a change of rights gives that needs a recent second factor from whoever makes it: administration, or any
 * {@code mise_a_jour}, newly given or widened (more rights, or a longer period). Narrowing never needs it, so that
 * power can always be taken back at once.
 */
public final class Power {

    private Power() {
    }

    /** True when {@code rights} let their holder change something, or delegate. */
    public static boolean isPower(Rights rights) {
        return rights.admin() || rights.modes().containsValue(Mode.MISE_A_JOUR);
    }

    /**
     * @param before the delegation's rights and period until now; null for a new delegation
     */
    public static boolean grantedOrWidened(Rights before, Period beforePeriod, Rights after, Period afterPeriod) {
        if (!isPower(after)) {
            return false;
        }
        return before == null || !after.within(before) || !afterPeriod.within(beforePeriod);
    }
}
