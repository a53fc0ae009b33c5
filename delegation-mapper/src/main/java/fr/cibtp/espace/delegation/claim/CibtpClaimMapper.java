package fr.cibtp.espace.delegation.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.store.DelegationProvider;
import fr.cibtp.espace.registry.AccountSite;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.Salarie;
import fr.cibtp.espace.registry.Site;
import fr.cibtp.espace.registry.SiteLabels;
import fr.cibtp.espace.registry.HeldSitesVersion;
import fr.cibtp.espace.settings.ClientSpace;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

/**
 * Writes the {@code cibtp} claim for the site chosen at sign-in (user session note {@code cibtp.site}) with what the
 * user may do there, or for the salarié the account is, at every token and refresh: one indexed query for the chosen
 * site, its adhérent and whether the user holds it (then the user's delegations on it, for a delegate) or one for the
 * salarié, whatever the number of sites the user holds. A holder's site is then kept in the user session
 * ({@link HeldSiteNote}) and its refreshes ask the database nothing. Each token type is switchable in the admin console (Clients → client → Client
 * scopes → dedicated scope → mapper).
 */
public class CibtpClaimMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String ID = "cibtp-claim-mapper";
    private static final List<ProviderConfigProperty> CONFIG = new ArrayList<>();
    /** The shipped rights catalogue, read once: configuration, the same on every node. */
    private final RightsCatalogue catalogue = RightsCatalogue.shipped();
    /** What a site's holder may do, from that catalogue: computed once rather than at every token. */
    private final Rights administratorRights = Rights.administrator(catalogue);

    static {
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG, CibtpClaimMapper.class);
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mapping, UserSessionModel userSession,
                            KeycloakSession session, ClientSessionContext context) {
        ClientModel client = context.getClientSession().getClient();
        // One token response holds an access token and an ID token: the claim is read from the database once for both.
        String computed = "cibtp.claim:" + userSession.getId() + ":" + client.getId() + ":" + userSession.getNote(Site.CHOSEN_NOTE);
        CibtpClaim claim = session.getAttribute(computed, CibtpClaim.class);
        if (claim == null) {
            claim = claim(userSession, session, client);
            session.setAttribute(computed, claim);
        }
        token.getOtherClaims().put(CibtpClaim.NAME, claim);
    }

    private CibtpClaim claim(UserSessionModel userSession, KeycloakSession session, ClientModel client) {
        RealmModel realm = userSession.getRealm();
        RegistryProvider registry = session.getProvider(RegistryProvider.class);
        if (ClientSpace.isSalarie(client)) {
            // Not the account's whole list of précomptes: it holds every site of the account, 10,000 for some.
            Salarie salarie = registry.firstHeld(realm, userSession.getUser(), PrecompteKind.SALARIE)
                    .flatMap(id -> registry.findSalarie(realm, id)).orElse(null);
            return salarie == null ? CibtpClaim.salarie(null, null) : CibtpClaim.salarie(salarie.identifiant(), salarie.holder());
        }
        String chosen = userSession.getNote(Site.CHOSEN_NOTE);
        if (chosen == null) {
            return CibtpClaim.entreprise(null);
        }
        // Read before the database: a rename committed in between is then seen at the next refresh.
        String version = HeldSitesVersion.of(realm);
        Optional<SiteLabels> kept = HeldSiteNote.read(userSession, chosen, version);
        if (kept.isPresent()) {
            return CibtpClaim.entreprise(kept.get(), "administrateur", administratorRights, catalogue);
        }
        AccountSite seen = registry.accountSite(realm, userSession.getUser(), chosen).orElse(null);
        if (seen == null) {
            return CibtpClaim.entreprise(null);
        }
        // The holder of the site is its Administrateur; delegated rights come with the delegations.
        if (seen.held()) {
            HeldSiteNote.write(userSession, version, seen.site());
            return CibtpClaim.entreprise(seen.site(), "administrateur", administratorRights, catalogue);
        }
        DelegatedRights delegated = DelegatedRights.of(userSession.getUser().getId(),
                session.getProvider(DelegationProvider.class).chainsFor(realm, userSession.getUser().getId(), chosen),
                CaisseClock.today());
        return CibtpClaim.entreprise(seen.site(), delegated.role(), delegated.rights(), delegated.via(), catalogue);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP claim (site, rights)";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Adds the cibtp claim: the space, and the site déclarant chosen at sign-in or the salarié the account is.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }
}
