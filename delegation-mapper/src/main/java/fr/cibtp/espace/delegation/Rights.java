package fr.cibtp.espace.delegation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a delegation lets its holder do on a site: the collèges it covers, a mode per feature (features without a
 * right are absent) and whether it may delegate further (admin). Immutable; the set operations are the rights rules.
 */
public record Rights(Set<String> colleges, Map<String, Mode> modes, boolean admin) {

    public Rights {
        colleges = Collections.unmodifiableSet(new TreeSet<>(colleges));
        Map<String, Mode> kept = new LinkedHashMap<>();
        modes.forEach((feature, mode) -> {
            if (mode != Mode.AUCUN) {
                kept.put(feature, mode);
            }
        });
        modes = Collections.unmodifiableMap(kept);
    }

    public static Rights none() {
        return new Rights(Set.of(), Map.of(), false);
    }

    /** What the holder of a site (its Administrateur) has: every collège, the highest mode of every feature. */
    public static Rights administrator(RightsCatalogue catalogue) {
        Map<String, Mode> all = new LinkedHashMap<>();
        catalogue.features().forEach((key, feature) -> all.put(key, feature.highestMode()));
        Set<String> colleges = new TreeSet<>();
        catalogue.colleges().forEach(c -> colleges.add(c.key()));
        return new Rights(colleges, all, true);
    }

    public Mode mode(String feature) {
        return modes.getOrDefault(feature, Mode.AUCUN);
    }

    /** The modes as stored and as the API writes them: feature to {@code consultation} or {@code mise_a_jour}. */
    public Map<String, String> modeKeys() {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        modes.forEach((feature, mode) -> keys.put(feature, mode.key()));
        return keys;
    }

    public boolean isEmpty() {
        return colleges.isEmpty() || modes.isEmpty();
    }

    /** What both allow: a delegation's effective rights are its own intersected with its parent's. */
    public Rights intersect(Rights other) {
        Set<String> common = new TreeSet<>(colleges);
        common.retainAll(other.colleges);
        Map<String, Mode> lower = new LinkedHashMap<>();
        modes.forEach((feature, mode) -> {
            Mode theirs = other.mode(feature);
            lower.put(feature, mode.atMost(theirs) ? mode : theirs);
        });
        return new Rights(common, lower, admin && other.admin);
    }

    /** What either allows: a user's rights on a site are the union of the delegations reaching it. */
    public Rights union(Rights other) {
        Set<String> all = new TreeSet<>(colleges);
        all.addAll(other.colleges);
        Map<String, Mode> higher = new LinkedHashMap<>(modes);
        other.modes.forEach((feature, mode) -> higher.merge(feature, mode, (a, b) -> a.atMost(b) ? b : a));
        return new Rights(all, higher, admin || other.admin);
    }

    /** Nobody gives more than they hold: collège by collège, feature by feature, and admin only from an admin. */
    public boolean within(Rights holder) {
        if (!holder.colleges.containsAll(colleges) || (admin && !holder.admin)) {
            return false;
        }
        return modes.entrySet().stream().allMatch(e -> e.getValue().atMost(holder.mode(e.getKey())));
    }
}
