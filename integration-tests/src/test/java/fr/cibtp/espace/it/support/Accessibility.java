package fr.cibtp.espace.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A and AA rules on the page the browser shows. */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String AXE = axeSource();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, iframes: false, resultTypes: ['violations']})"
            + ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done('{\"error\": ' + JSON.stringify(String(e)) + '}'); });";

    private Accessibility() {
    }

    /**
     * Each violated rule with the elements that break it; empty when the page passes. A page without frames (all of
     * ours) is checked by axe in the page itself, injected once per page: the selenium binding would inject it twice
     * per check, the second time into a blank window of its own, which costs more than the check. A page with frames
     * goes through the binding, which follows them.
     */
    public static List<String> violations(WebDriver browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        if (Boolean.TRUE.equals(page.executeScript("return document.querySelectorAll('iframe, frame').length > 0;"))) {
            List<Rule> violated = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations();
            return violated.stream().map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                    .toList();
        }
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE);
        }
        try {
            JsonNode answer = JSON.readTree((String) page.executeAsyncScript(RUN, WCAG_21_AA));
            if (!answer.isArray()) {
                throw new IllegalStateException("axe-core did not run: " + answer);
            }
            List<String> violations = new ArrayList<>();
            for (JsonNode rule : answer) {
                List<String> targets = new ArrayList<>();
                rule.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                violations.add(rule.path("id").asText() + " " + targets);
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
