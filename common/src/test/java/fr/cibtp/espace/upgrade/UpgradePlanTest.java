package fr.cibtp.espace.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class UpgradePlanTest {

    private static final List<Release> KNOWN = List.of(Release.of("1.10.0"), Release.of("1.1.0"), Release.of("1.2.0"));

    @Test
    void aRealmWithNoRecordGetsEveryReleaseOldestFirst() {
        assertEquals(List.of("1.1.0", "1.2.0", "1.10.0"), versions(UpgradePlan.pending(KNOWN, List.of())));
    }

    @Test
    void recordedReleasesAreNotAppliedAgain() {
        assertEquals(List.of("1.10.0"), versions(UpgradePlan.pending(KNOWN, List.of("1.1.0", "1.2.0"))));
        assertEquals(List.of(), versions(UpgradePlan.pending(KNOWN, List.of("1.2.0", "1.1.0", "1.10.0"))));
    }

    @Test
    void aRealmUpgradedByNewerExtensionsIsNamed() {
        assertEquals(Optional.of(ReleaseVersion.of("2.0.0")), UpgradePlan.newerThanKnown(KNOWN, List.of("1.1.0", "2.0.0")));
        assertEquals(Optional.empty(), UpgradePlan.newerThanKnown(KNOWN, List.of("1.1.0", "1.10.0")));
    }

    @Test
    void versionsCompareAsNumbersAndABuildQualifierNamesItsRelease() {
        assertTrue(ReleaseVersion.of("1.10.0").compareTo(ReleaseVersion.of("1.9.3")) > 0);
        assertEquals(ReleaseVersion.of("1.1.0"), ReleaseVersion.of("1.1.0-SNAPSHOT"));
        assertThrows(IllegalArgumentException.class, () -> ReleaseVersion.of("1.1"));
    }

    @Test
    void theShippedReleasesAreInOrderAndTheNewestIsTheLast() {
        List<Release> all = Releases.all();
        assertEquals(all.stream().map(Release::version).sorted().toList(), all.stream().map(Release::version).toList());
        assertEquals(all.get(all.size() - 1).version(), Releases.newest());
    }

    private static List<String> versions(List<Release> releases) {
        return releases.stream().map(r -> r.version().toString()).toList();
    }
}
