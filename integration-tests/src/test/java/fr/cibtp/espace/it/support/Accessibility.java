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

    /** Each violated rule with the elements that break it; empty when the page passes. */
    public static List<String> violations(WebDriver browser) {
        List<Rule> violated = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations();
        return violated.stream().map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }
}
