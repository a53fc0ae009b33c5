package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cibtp.espace.it.support.CibtpRealm;
import jakarta.ws.rs.BadRequestException;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/** The login page each portal sends its users to: the seeds' wording, French by default, in the space's colour. */
@KeycloakIntegrationTest
class LoginPageTest {

    private static final String VIOLET = "#5c2483";
    private static final String BLUE = "#00579c";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void entrepriseLoginPageIsFrenchWithTheSeedsWording() throws Exception {
        String page = loginPage(CibtpRealm.ENTREPRISE, "http://localhost:3000/", null);

        assertTrue(page.contains("<html class=\"login-pf\" lang=\"fr\""), "French by default");
        assertTrue(page.contains("Connexion à votre espace CIBTP"));
        assertTrue(hasLabel(page, "username", "Adresse électronique"), page);
        assertTrue(hasLabel(page, "password", "Mot de passe"), page);
        assertTrue(page.contains(">Mot de passe oublié ?</a>"));
        assertTrue(Pattern.compile("id=\"kc-login\"[^>]*>\\s*Connexion").matcher(page).find());
        assertTrue(Pattern.compile("<a id=\"cibtp-enroll\" class=\"cibtp-band\"[^>]*>\\s*<span class=\"cibtp-band-question\">Première "
                + "connexion à cet espace \\?</span>\\s*<span class=\"cibtp-band-action\">Je crée mon espace sécurisé</span>\\s*</a>")
                .matcher(page).find(), "the flyers' band, one link: " + page);
        assertTrue(Pattern.compile("id=\"kc-header-wrapper\"\\s+class=\"pf-v5-c-brand\">Espace sécurisé entreprise</div>").matcher(page).find(),
                "the space named as the flyers name it");
        assertTrue(page.contains("<span id=\"cibtp-caisse-name\">Congés Intempéries BTP – Caisse du Grand Est</span>"), "the caisse's name");
        assertFalse(page.contains("cibtp-caisse-logo"), "no logo set: none shown");
        assertTrue(page.contains("D&#39;autres sites déclarants ? <a id=\"cibtp-associate\""));
        assertTrue(page.contains(">Je les associe à un espace existant</a>"));
        assertTrue(page.contains("aria-label=\"Montrer le mot de passe\""), "show-password toggle");
    }

    @Test
    void helpLinksAreTheCaissesSettingsEscapedAndOnlyWebOrPhone() throws Exception {
        String entreprise = loginPage(CibtpRealm.ENTREPRISE, "http://localhost:3000/", null);
        assertTrue(entreprise.contains(">Besoin d&#39;aide ?</p>"), entreprise);
        assertTrue(entreprise.contains("<a id=\"cibtp-help-guide\" href=\"https://www.cibtp-grandest.fr/entreprise/vos-services-en-ligne\">"
                + "Guide pratique de l&#39;Espace sécurisé entreprise</a>"), "the shipped default");
        assertTrue(entreprise.contains(">Tutoriel en ligne : 1ère connexion – Cabinet comptable</a>"));
        assertTrue(entreprise.contains("Ligne téléphonique : <a id=\"cibtp-help-phone\" href=\"tel:+33383934343\">03 83 93 43 43</a>"));
        String salarie = loginPage(CibtpRealm.SALARIE, "http://localhost:3001/", null);
        assertTrue(salarie.contains("href=\"https://www.cibtp-grandest.fr/salarie/vos-services-en-ligne\">Guide pratique de "
                + "l&#39;Espace sécurisé salarié</a>"), salarie);
        assertFalse(salarie.contains("cibtp-help-tutorial"), "no accounting firm on the salarié space");

        try {
            CibtpRealm.updateSettings(realm, Map.of("help-guide-entreprise-url", "https://caisse.example/guide?espace=entreprise&v=2",
                    "help-cabinet-tutorial-url", "-", "help-phone", "+33 3 88 00 00 00"));
            String changed = loginPage(CibtpRealm.ENTREPRISE, "http://localhost:3000/", "en");
            assertTrue(changed.contains(">Need help?</p>"), changed);
            assertTrue(changed.contains("href=\"https://caisse.example/guide?espace=entreprise&amp;v=2\">Practical guide"), changed);
            assertFalse(changed.contains("cibtp-help-tutorial"), "- hides a link");
            assertTrue(changed.contains("href=\"tel:+33388000000\">+33 3 88 00 00 00</a>"));

            BadRequestException refused = assertThrows(BadRequestException.class, () -> CibtpRealm.updateSettings(realm,
                    Map.of("help-guide-salarie-url", "javascript:alert(document.cookie)")));
            String answer = refused.getResponse().readEntity(String.class);
            assertTrue(answer.contains("seule une adresse http:// ou https:// compl"), answer);
            assertTrue(loginPage(CibtpRealm.SALARIE, "http://localhost:3001/", null).contains("salarie/vos-services-en-ligne"),
                    "nothing stored");
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("help-guide-entreprise-url", "", "help-cabinet-tutorial-url", "", "help-phone", "",
                    "help-guide-salarie-url", ""));
        }
        assertTrue(loginPage(CibtpRealm.ENTREPRISE, "http://localhost:3000/", null).contains("entreprise/vos-services-en-ligne"),
                "an empty value is the default again");
    }

    @Test
    void entrepriseIsVioletAndSalarieIsBlue() throws Exception {
        String entreprise = loginPage(CibtpRealm.ENTREPRISE, "http://localhost:3000/", null);
        String salarie = loginPage(CibtpRealm.SALARIE, "http://localhost:3001/", null);

        String entrepriseCss = get(stylesheet(entreprise, "login/cibtp-entreprise/css/entreprise.css")).body();
        String salarieCss = get(stylesheet(salarie, "login/cibtp-salarie/css/salarie.css")).body();
        assertTrue(entrepriseCss.contains("--cibtp-domain-colour: " + VIOLET), entrepriseCss);
        assertTrue(salarieCss.contains("--cibtp-domain-colour: " + BLUE), salarieCss);
        assertFalse(salarie.contains("entreprise.css"));
        assertTrue(Pattern.compile("class=\"pf-v5-c-brand\">Espace sécurisé salarié</div>").matcher(salarie).find(), salarie);

        String shared = get(stylesheet(entreprise, "login/cibtp-entreprise/css/cibtp.css")).body();
        assertTrue(shared.contains("var(--cibtp-domain-colour)"), "the primary button and links take the domain colour");
        assertTrue(shared.contains("--pf-v5-global--primary-color--100: var(--cibtp-domain-colour);"),
                "and so do secondary buttons, tabs, radio buttons and check boxes, through PatternFly's own colour");
    }

    @Test
    void englishIsOneClickAway() throws Exception {
        String page = loginPage(CibtpRealm.ENTREPRISE, "http://localhost:3000/", "en");

        assertTrue(page.contains("lang=\"en\""));
        assertTrue(page.contains("Sign in to your CIBTP space"));
        assertTrue(page.contains("<span class=\"cibtp-band-action\">I create my secure space</span>"), page);
        assertTrue(page.contains("class=\"pf-v5-c-brand\">Company secure space</div>"), page);
        assertTrue(page.contains(">I link them to an existing space</a>"));
    }

    /** A real label element for the input, whose text (maybe wrapped in a span) is the given one. */
    private static boolean hasLabel(String page, String inputId, String text) {
        return Pattern.compile("<label[^>]*for=\"" + inputId + "\"[^>]*>(\\s|<[^>]+>)*" + Pattern.quote(text)).matcher(page).find();
    }

    private String loginPage(String clientId, String redirectUri, String uiLocales) throws Exception {
        PkceGenerator pkce = PkceGenerator.s256();
        String url = realm.getBaseUrl() + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=" + clientId + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                + "&code_challenge=" + pkce.getCodeChallenge() + "&code_challenge_method=S256"
                + (uiLocales != null ? "&ui_locales=" + uiLocales : "");
        HttpResponse<String> response = get(url);
        assertEquals(200, response.statusCode(), response.headers().firstValue("Location").orElse(response.body()));
        return response.body();
    }

    /** The absolute URL of the page's stylesheet whose path ends as given (its path carries a cache-busting version). */
    private String stylesheet(String page, String pathEnd) {
        Matcher link = Pattern.compile("href=\"(/resources/[^\"]*/" + Pattern.quote(pathEnd) + ")\"").matcher(page);
        assertTrue(link.find(), "stylesheet " + pathEnd);
        URI base = URI.create(realm.getBaseUrl());
        return base.getScheme() + "://" + base.getAuthority() + link.group(1);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
