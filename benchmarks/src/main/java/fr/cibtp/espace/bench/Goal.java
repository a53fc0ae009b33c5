package fr.cibtp.espace.bench;

/** A target of the run and what was measured against it. */
record Goal(String name, String target, double measured, String unit, boolean met) {

    static Goal atLeast(String name, double measured, double minimum) {
        return new Goal(name, "≥ " + format(minimum), measured, "", measured >= minimum);
    }

    static Goal below(String name, double measured, double maximum, String unit) {
        return new Goal(name, "< " + format(maximum) + (unit.isEmpty() ? "" : " " + unit), measured, unit, measured < maximum);
    }

    static Goal atMost(String name, double measured, double maximum) {
        return new Goal(name, "≤ " + format(maximum), measured, "", measured <= maximum);
    }

    String measuredText() {
        return format(measured) + (unit.isEmpty() ? "" : " " + unit);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Math.abs(value) >= 100 ? String.format(java.util.Locale.ROOT, "%,.0f", value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
