package fr.cibtp.espace.it.support;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A and AA rules on the page the browser shows. */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /**
     * Each violated rule with the elements that break it; empty when the page passes. axe runs in the page itself
     * ({@code axe.run}, its "legacy" path): the default path injects axe a second time into a blank window of its own to
     * merge the frames' results, which costs as much as the check, and our pages have no frame from another origin.
     */
    public static List<String> violations(WebDriver browser) {
        List<Rule> violated = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).analyze(browser).getViolations();
        return violated.stream().map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }
}
