package fr.cibtp.espace.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cibtp.espace.dev.ClusterNode;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/**
 * One person's browser in front of a load balancer that we steer: each page, form and redirect goes to the node
 * chosen with {@link #useNode}, whatever node served the previous page. Cookies are per host, so both nodes see the
 * same ones, as behind a real balancer. Redirects are followed here, to steer them too and to stop at the portal.
 */
final class Browser implements AutoCloseable {

    private static final Pattern NODE = Pattern.compile("^http://localhost:\\d+");

    /** A French reader's browser: the pages are in the language it asks for. */
    private static final BrowserVersion FRENCH = new BrowserVersion.BrowserVersionBuilder(BrowserVersion.FIREFOX)
            .setBrowserLanguage("fr-FR").setAcceptLanguageHeader("fr-FR,fr;q=0.9").build();

    private final WebClient web = new WebClient(FRENCH);
    private ClusterNode node;
    private Page page;
    private String portalUrl;

    Browser(ClusterNode node) {
        this.node = node;
        web.getOptions().setJavaScriptEnabled(false);
        web.getOptions().setCssEnabled(false);
        web.getOptions().setRedirectEnabled(false);
        web.getOptions().setThrowExceptionOnFailingStatusCode(false);
    }

    /** What follows goes to {@code next}. */
    Browser useNode(ClusterNode next) {
        node = next;
        return this;
    }

    void open(String url) {
        try {
            follow(web.getPage(onNode(url)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void type(String id, String value) {
        ((HtmlInput) html().getElementById(id)).setValue(value);
    }

    /** Clicks a link, a radio button or a submit button; a form is posted to the chosen node. */
    void click(String id) {
        click(html().getElementById(id), "#" + id);
    }

    /** Clicks the first element {@code css} selects. */
    void clickFirst(String css) {
        click(html().querySelector(css), css);
    }

    boolean has(String id) {
        return page instanceof HtmlPage html && html.getElementById(id) != null;
    }

    private void click(DomElement element, String what) {
        if (element == null) {
            throw new AssertionError("no " + what + " on " + url() + ":\n" + text());
        }
        try {
            if (element instanceof HtmlAnchor link) {
                link.setAttribute("href", onNode(html().getFullyQualifiedUrl(link.getHrefAttribute()).toString()));
            } else if (element instanceof HtmlElement field && field.getEnclosingForm() != null) {
                HtmlForm form = field.getEnclosingForm();
                form.setActionAttribute(onNode(html().getFullyQualifiedUrl(form.getActionAttribute()).toString()));
            }
            follow(((HtmlElement) element).click());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String title() {
        DomElement title = html().getElementById("kc-page-title");
        return title == null ? "" : title.getTextContent().strip();
    }

    String text() {
        return page instanceof HtmlPage html ? html.asNormalizedText() : page.getWebResponse().getContentAsString();
    }

    /** The HTTP status of the page shown. */
    int status() {
        return page.getWebResponse().getStatusCode();
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
            if (location.startsWith(Portals.REDIRECT_URI)) {
                portalUrl = location;
                return;
            }
            page = web.getPage(onNode(location));
        }
    }

    private String onNode(String url) {
        return NODE.matcher(url).replaceFirst(node.url());
    }

    @Override
    public void close() {
        web.close();
    }
}
