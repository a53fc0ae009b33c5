package fr.cibtp.espace.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** The accessibility check itself, so that a screen found clean means clean rather than a check that sees nothing. */
class AccessibilityCheckTest {

    @Test
    void findsAnImageWithoutTextAndAFieldWithoutLabelAndNothingOnACleanPage() {
        WebDriver chromium = Chromium.phone(1280, 900);
        try {
            chromium.get(page("<main><h1>Connexion</h1><img src=\"logo.png\"><input type=\"text\" name=\"email\"></main>"));
            List<String> violations = Accessibility.violations(chromium);
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt ")), violations.toString());
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("label ")), violations.toString());

            chromium.get(page("<main><h1>Connexion</h1><label for=\"email\">Adresse électronique</label>"
                    + "<input type=\"email\" id=\"email\" name=\"email\" autocomplete=\"username\"></main>"));
            assertEquals(List.of(), Accessibility.violations(chromium));
        } finally {
            chromium.quit();
        }
    }

    private static String page(String body) {
        String html = "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Espace sécurisé</title></head><body>"
                + body + "</body></html>";
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
