package fr.cibtp.espace.upgrade;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which releases a realm still needs, from the ones already recorded for it. Every release's changes are idempotent,
 * so a realm with no record (imported from a file of any version, or upgraded by hand) simply gets them all: those
 * already there change nothing.
 */
public final class UpgradePlan {

    private UpgradePlan() {
    }

    /** The releases not yet recorded, oldest first. */
    public static List<Release> pending(List<Release> known, Collection<String> recorded) {
        Set<ReleaseVersion> done = recorded.stream().map(ReleaseVersion::of).collect(Collectors.toSet());
        return known.stream().filter(release -> !done.contains(release.version()))
                .sorted(Comparator.comparing(Release::version)).toList();
    }

    /**
     * The newest recorded version that these extensions do not know, when a newer release already upgraded the realm
     * (the guide says never to start older extensions on it).
     */
    public static Optional<ReleaseVersion> newerThanKnown(List<Release> known, Collection<String> recorded) {
        Optional<ReleaseVersion> newestKnown = known.stream().map(Release::version).max(Comparator.naturalOrder());
        return recorded.stream().map(ReleaseVersion::of)
                .filter(version -> newestKnown.map(k -> version.compareTo(k) > 0).orElse(true))
                .max(Comparator.naturalOrder());
    }
}
