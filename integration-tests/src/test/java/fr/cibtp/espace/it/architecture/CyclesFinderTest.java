package fr.cibtp.espace.it.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The cycle finder itself, so that a green {@link PackageCyclesTest} means no cycle rather than a blind finder. */
class CyclesFinderTest {

    @Test
    void findsATwoAndAThreePackageCycleAndNothingInALine() {
        Map<String, Set<String>> uses = Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of("d"), "d", Set.of("e"),
                "e", Set.of("c"), "f", Set.of("g"), "g", Set.of());
        assertEquals(Set.of(Set.of("a", "b"), Set.of("c", "d", "e")), Set.copyOf(PackageCyclesTest.cycles(uses)));
        assertEquals(List.of(), PackageCyclesTest.cycles(Map.of("f", Set.of("g"), "g", Set.of())));
    }
}
