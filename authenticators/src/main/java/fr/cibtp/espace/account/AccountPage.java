package fr.cibtp.espace.account;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import fr.cibtp.espace.browser.PageVisitor;
import fr.cibtp.espace.names.Clients;
import fr.cibtp.espace.names.Endpoints;
import fr.cibtp.espace.notifications.DocumentNotices;
import fr.cibtp.espace.passkey.Passkeys;
import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.certification.ContactChanges;
import fr.cibtp.espace.sms.certification.Mobiles;
import fr.cibtp.espace.sms.certification.PhoneCertification;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.util.ResolveRelative;

/**
 * "Mon compte utilisateur" ({@code /realms/{realm}/cibtp-compte/mon-compte}, {@code ?espace=salarie} for the
 * salarié space): the "Connexion et contact" tab of the guide, drawn with the login theme of the space. Each
 * "Modifier" is a link to the action that already does it (email change, password, contact, mobile certification),
 * which comes back here and says what was done. The page writes nothing itself.
 */
public class AccountPage {

    /** The clients the page signs in with ({@code realm-export.json}): their login theme is the page's look. */
    static final String ENTREPRISE_CLIENT = Clients.ENTREPRISE_ACCOUNT;
    static final String SALARIE_CLIENT = Clients.SALARIE_ACCOUNT;
    static final String SALARIE = "salarie";
    /** The portals of each space ({@code realm-export.json}): "Retour à mon Espace sécurisé" leads to their home address. */
    static final String ENTREPRISE_PORTAL = Clients.ENTREPRISE_PORTAL;
    static final String SALARIE_PORTAL = Clients.SALARIE_PORTAL;
    static final String TEMPLATE = "cibtp-account.ftl";
    private static final String DONE = "fait";
    private static final String CHANGE = "modifier";
    private static final String TAB = "onglet";
    private static final String NOTIFICATIONS_TAB = "notifications";
    private static final String ACTION_STATUS = "kc_action_status";
    /** The realm's ACR of the second factor ({@code acr.loa.map}). */
    private static final String STEP_UP = "sms";

    private final KeycloakSession session;

    public AccountPage(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Path("mon-compte")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("espace") String space, @QueryParam(DONE) String done,
                         @QueryParam(ACTION_STATUS) String status, @QueryParam("code") String code,
                         @QueryParam(CHANGE) String asking, @QueryParam(TAB) String tab) {
        if (code != null) {
            // Back from the sign-in or an action: the same page without the authorization response in the address bar.
            return Response.seeOther(UriBuilder.fromUri(session.getContext().getUri().getRequestUri()).replaceQueryParam("code")
                    .replaceQueryParam("state").replaceQueryParam("session_state").replaceQueryParam("iss").build()).build();
        }
        boolean salarie = SALARIE.equals(space);
        String clientId = salarie ? SALARIE_CLIENT : ENTREPRISE_CLIENT;
        ClientModel client = PageVisitor.client(session, clientId);
        if (client == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        // The passkeys' links are made for the signed-in account (its step-up, the passkey's id), never from a word alone.
        Optional<AccountChange> asked = AccountChange.of(asking)
                .filter(change -> change != AccountChange.PASSKEY && change != AccountChange.PASSKEY_REMOVAL);
        if (asked.isPresent()) {
            // A "Modifier" from a page of the account's own actions ("Modifier téléphone mobile" on the contact page).
            return Response.seeOther(PageVisitor.signIn(session, clientId, back(salarie, asked.get()), asked.get().action)).build();
        }
        PageVisitor visitor = PageVisitor.of(session, client);
        if (visitor == null) {
            return Response.seeOther(PageVisitor.signIn(session, clientId, page(salarie).build(), null)).build();
        }
        UserModel user = visitor.auth().user();
        LoginFormsProvider forms = session.getProvider(LoginFormsProvider.class).setUser(user)
                .setAttribute("cibtpAccount", view(user, clientId, salarie))
                .setAttribute("cibtpTab", NOTIFICATIONS_TAB.equals(tab) ? NOTIFICATIONS_TAB : "contact")
                .setAttribute("cibtpTabs", Map.of("contact", page(salarie).build().toString(),
                        NOTIFICATIONS_TAB, page(salarie).queryParam(TAB, NOTIFICATIONS_TAB).build().toString()));
        if ("success".equals(status)) {
            AccountChange.of(done).ifPresent(change -> forms.setSuccess(change.doneMessageKey()));
        }
        return forms.createForm(TEMPLATE);
    }

    private AccountView view(UserModel user, String clientId, boolean salarie) {
        Map<String, String> links = new LinkedHashMap<>();
        for (AccountChange change : AccountChange.values()) {
            links.put(change.word, link(user, clientId, salarie, change, change.action));
        }
        List<Passkeys.Shown> passkeys = Passkeys.shown(user, session.getContext().resolveLocale(user));
        Map<String, String> removals = new LinkedHashMap<>();
        for (Passkeys.Shown passkey : passkeys) {
            removals.put(passkey.id(), link(user, clientId, salarie, AccountChange.PASSKEY_REMOVAL,
                    AccountChange.PASSKEY_REMOVAL.action + ":" + passkey.id()));
        }
        String mobile = user.getFirstAttribute(PhoneCertification.PHONE_NUMBER);
        List<String> notices = DocumentNotices.kept(user.getAttributeStream(DocumentNotices.ATTRIBUTE).toList(), Mobiles.certified(user) != null);
        String rightsPage = salarie ? null : session.getContext().getUri().getBaseUriBuilder().path("realms")
                .path(session.getContext().getRealm().getName()).path(Endpoints.DELEGATIONS).path(Endpoints.RIGHTS_PAGE).build().toString();
        return new AccountView(user.getEmail(), user.getLastName(), user.getFirstName(),
                PhoneNumbers.shown(user.getFirstAttribute(ContactChanges.LANDLINE)), PhoneNumbers.shown(mobile),
                mobile != null && mobile.equals(Mobiles.certified(user)), links, rightsPage, portal(salarie), signOut(clientId, salarie), notices,
                passkeys, removals);
    }

    /**
     * The sign-in that does {@code action} and comes back. Adding a passkey gives a second factor: an account that can
     * pass the step-up passes it first ({@code acr_values=sms}), which the action checks again.
     */
    private String link(UserModel user, String clientId, boolean salarie, AccountChange change, String action) {
        boolean stepUp = change == AccountChange.PASSKEY && (Mobiles.certified(user) != null || Passkeys.any(user));
        return PageVisitor.signIn(session, clientId, back(salarie, change), action, stepUp ? STEP_UP : null).toString();
    }

    /** The home address of the space's portal (its client's "Home URL"), or null when the caisse set none. */
    private String portal(boolean salarie) {
        ClientModel portal = PageVisitor.client(session, salarie ? SALARIE_PORTAL : ENTREPRISE_PORTAL);
        if (portal == null || portal.getBaseUrl() == null || portal.getBaseUrl().isBlank()) {
            return null;
        }
        return ResolveRelative.resolveRelativeUri(session, portal.getRootUrl(), portal.getBaseUrl());
    }

    /** Keycloak's sign-out of every session of this browser, which then comes back here, hence to the sign-in page. */
    private String signOut(String clientId, boolean salarie) {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(session.getContext().getRealm().getName())
                .path("protocol").path("openid-connect").path("logout").queryParam("client_id", clientId)
                .queryParam("post_logout_redirect_uri", page(salarie).build()).build().toString();
    }

    /** Where a change comes back to: its tab, saying what was done. */
    private URI back(boolean salarie, AccountChange change) {
        UriBuilder back = page(salarie);
        if (change == AccountChange.NOTIFICATIONS) {
            back.queryParam(TAB, NOTIFICATIONS_TAB);
        }
        return back.queryParam(DONE, change.word).build();
    }

    /** The page's own address in this space, which the sign-in and every action come back to. */
    private UriBuilder page(boolean salarie) {
        UriBuilder page = session.getContext().getUri().getBaseUriBuilder().path("realms").path(session.getContext().getRealm().getName())
                .path(Endpoints.ACCOUNT).path(Endpoints.ACCOUNT_PAGE);
        return salarie ? page.queryParam("espace", SALARIE) : page;
    }
}
