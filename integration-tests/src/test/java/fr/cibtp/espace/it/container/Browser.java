package fr.cibtp.espace.it.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/**
 * A French reader's browser, without JavaScript (every page of ours works without it). Redirects are followed here, so
 * as to stop at the portal's redirect URI, where nothing listens, and read the authorization code there.
 */
final class Browser implements AutoCloseable {

    private static final BrowserVersion FRENCH = new BrowserVersion.BrowserVersionBuilder(BrowserVersion.FIREFOX)
            .setBrowserLanguage("fr-FR").setAcceptLanguageHeader("fr-FR,fr;q=0.9").build();

    private final WebClient web = new WebClient(FRENCH);
    private Page page;
    private String portalUrl;

    Browser() {
        web.getOptions().setJavaScriptEnabled(false);
        web.getOptions().setCssEnabled(false);
        web.getOptions().setRedirectEnabled(false);
        web.getOptions().setThrowExceptionOnFailingStatusCode(false);
    }

    void open(String url) {
        try {
            follow(web.getPage(url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void type(String id, String value) {
        ((HtmlInput) element("#" + id, html().getElementById(id))).setValue(value);
    }

    /** Clicks a link, a radio button or a submit button. */
    void click(String id) {
        click(element("#" + id, html().getElementById(id)));
    }

    /** Clicks the first element {@code css} selects. */
    void clickFirst(String css) {
        click(element(css, html().querySelector(css)));
    }

    boolean has(String id) {
        return page instanceof HtmlPage html && html.getElementById(id) != null;
    }

    String title() {
        DomElement title = html().getElementById("kc-page-title");
        return title == null ? "" : title.getTextContent().strip();
    }

    String text() {
        return page instanceof HtmlPage html ? html.asNormalizedText() : page.getWebResponse().getContentAsString();
    }

    String url() {
        return portalUrl != null ? portalUrl : page.getUrl().toString();
    }

    /** The authorization code the portal received, once the sign-in reached it. */
    String code() {
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(url());
        if (portalUrl == null || !code.find()) {
            throw new AssertionError("the portal was not reached: " + url() + "\n" + text());
        }
        return code.group(1);
    }

    private DomElement element(String what, DomElement found) {
        if (found == null) {
            throw new AssertionError("no " + what + " on " + url() + ":\n" + text());
        }
        return found;
    }

    private void click(DomElement element) {
        try {
            follow(((HtmlElement) element).click());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HtmlPage html() {
        if (!(page instanceof HtmlPage html)) {
            throw new AssertionError("not a page: " + url());
        }
        return html;
    }

    private void follow(Page next) throws IOException {
        portalUrl = null;
        page = next;
        for (int hops = 0; hops < 10 && page.getWebResponse().getStatusCode() / 100 == 3; hops++) {
            String location = new URL(page.getUrl(), page.getWebResponse().getResponseHeaderValue("Location")).toString();
            if (location.startsWith(Portal.REDIRECT_URI)) {
                portalUrl = location;
                return;
            }
            page = web.getPage(location);
        }
    }

    @Override
    public void close() {
        web.close();
    }
}
