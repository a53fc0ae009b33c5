package fr.cibtp.espace.rights.api;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.registry.api.ApiError;
import fr.cibtp.espace.rights.RightsCatalogue;
import fr.cibtp.espace.rights.page.RightsPage;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.cors.Cors;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * The delegation API of the published contract under {@code /realms/{realm}/cibtp-delegations}, for the signed-in user's
 * bearer token, and the "Gérer les droits d'accès" page under {@code droits-acces}. French error bodies.
 */
public class DelegationResource {

    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE"};

    private final KeycloakSession session;
    private final RightsCatalogue catalogue;

    public DelegationResource(KeycloakSession session, RightsCatalogue catalogue) {
        this.session = session;
        this.catalogue = catalogue;
    }

    /** The rights catalogue the delegations use (17 features, their allowed modes, 3 collèges), as shipped. */
    @GET
    @Path("catalogue")
    @Produces(MediaType.APPLICATION_JSON)
    public Response catalogue() {
        caller();
        return Response.ok(RightsCatalogue.class.getResourceAsStream(RightsCatalogue.RESOURCE), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("sites")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> sites(@QueryParam("q") String q, @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        return delegations().sites(q, first, max);
    }

    @GET
    @Path("sites/{identifiant}/delegations")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list(@PathParam("identifiant") String identifiant, @QueryParam("role") String role,
                                    @QueryParam("statut") String statut, @QueryParam("date_effet") String effetFrom,
                                    @QueryParam("date_fin") String finUntil, @QueryParam("tri") String sort,
                                    @QueryParam("page") Integer page, @QueryParam("taille") Integer taille) {
        return delegations().list(identifiant, role, statut, effetFrom, finUntil, sort, page, taille);
    }

    @POST
    @Path("sites/{identifiant}/delegations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("identifiant") String identifiant, Map<String, Object> body) {
        return Response.status(Response.Status.CREATED).entity(delegations().create(identifiant, body)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("sites/{identifiant}/delegations/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> view(@PathParam("identifiant") String identifiant, @PathParam("id") String id) {
        return delegations().view(identifiant, id);
    }

    @PUT
    @Path("sites/{identifiant}/delegations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> modify(@PathParam("identifiant") String identifiant, @PathParam("id") String id, Map<String, Object> body) {
        return delegations().modify(identifiant, id, body);
    }

    @POST
    @Path("sites/{identifiant}/delegations/{id}/fermeture")
    public Response close(@PathParam("identifiant") String identifiant, @PathParam("id") String id) {
        delegations().close(identifiant, id);
        return Response.noContent().build();
    }

    @GET
    @Path("sites/{identifiant}/cabinet")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> cabinet(@PathParam("identifiant") String identifiant) {
        return delegations().cabinet(identifiant);
    }

    @PUT
    @Path("sites/{identifiant}/cabinet")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> delegateToCabinet(@PathParam("identifiant") String identifiant, Map<String, Object> body) {
        return delegations().delegateToCabinet(identifiant, body);
    }

    @DELETE
    @Path("sites/{identifiant}/cabinet")
    public Response revokeCabinet(@PathParam("identifiant") String identifiant) {
        delegations().revokeCabinet(identifiant);
        return Response.noContent().build();
    }

    /** "Gérer les droits d'accès": the same operations as HTML pages, for the browser signed in to Keycloak. */
    @Path("droits-acces")
    public RightsPage page() {
        return new RightsPage(session, catalogue);
    }

    /** Portals on other origins: the browser asks first; any origin may ask, the answer is checked per token. */
    @OPTIONS
    @Path("{any:.*}")
    public Response preflight() {
        return Cors.builder().preflight().allowedMethods(METHODS).auth().add(Response.ok());
    }

    /** The {@code aud} a token needs to call this API. */
    static final String AUDIENCE = "cibtp-delegations";

    private SiteDelegations delegations() {
        return new SiteDelegations(session, catalogue, caller());
    }

    private AuthResult caller() {
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            throw ApiError.of(Response.Status.UNAUTHORIZED, "non_authentifie", "Jeton d'accès manquant ou invalide.");
        }
        // Tokens of the portals only: their clients carry an "Audience" mapper naming this API.
        if (!auth.getToken().hasAudience(AUDIENCE)) {
            throw ApiError.of(Response.Status.FORBIDDEN, "audience_refusee",
                    "Accès refusé : ce jeton n'a pas été émis pour l'API des délégations (audience " + AUDIENCE + " attendue).");
        }
        // Only the web origins of the token's client (Clients → client → Web origins) may read the answer.
        Cors.builder().auth().allowedMethods(METHODS).checkAllowedOrigins(auth.getToken()).add();
        return auth;
    }
}
