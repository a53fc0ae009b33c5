package fr.cibtp.espace.delegation.api;

import java.io.InputStream;
import java.util.function.Function;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.page.RightsPage;
import fr.cibtp.espace.delegation.service.SiteDelegations;
import fr.cibtp.espace.delegation.service.Views;
import fr.cibtp.espace.names.Endpoints;
import fr.cibtp.espace.openapi.OpenApiDocument;
import fr.cibtp.espace.refusal.BearerCaller;
import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalAnswer;
import fr.cibtp.espace.refusal.RefusalCode;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.cors.Cors;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * The delegation API of the published contract under {@code /realms/{realm}/cibtp-delegations}, for the signed-in user's
 * bearer token, and the "Gérer les droits d'accès" page under {@code droits-acces}. French error bodies.
 */
public class DelegationResource {

    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE"};
    private static final OpenApiDocument DESCRIPTION = OpenApiDocument.shipped(DelegationResource.class, "delegations.openapi.json");

    private final KeycloakSession session;
    private final RightsCatalogue catalogue;

    public DelegationResource(KeycloakSession session, RightsCatalogue catalogue) {
        this.session = session;
        this.catalogue = catalogue;
    }

    /** This API's OpenAPI description ({@code delegations.openapi.json} beside this class), for anyone. */
    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response description() {
        return DESCRIPTION.serve(session, DelegationResourceProviderFactory.ID);
    }

    /** The rights catalogue the delegations use (17 features, their allowed modes, 3 collèges), as shipped. */
    @GET
    @Path("catalogue")
    @Produces(MediaType.APPLICATION_JSON)
    public Response catalogue() {
        answer(delegations -> null);
        return Response.ok(RightsCatalogue.class.getResourceAsStream(RightsCatalogue.RESOURCE), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("sites")
    @Produces(MediaType.APPLICATION_JSON)
    public Views.SiteList sites(@QueryParam("q") String q, @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        return answer(delegations -> delegations.sites(q, first, max));
    }

    @GET
    @Path("sites/{identifiant}/delegations")
    @Produces(MediaType.APPLICATION_JSON)
    public Views.DelegationList list(@PathParam("identifiant") String identifiant, @QueryParam("role") String role,
                                     @QueryParam("statut") String statut, @QueryParam("date_effet") String effetFrom,
                                     @QueryParam("date_fin") String finUntil, @QueryParam("tri") String sort,
                                     @QueryParam("page") Integer page, @QueryParam("taille") Integer taille) {
        SiteDelegations.ListQuery query = new SiteDelegations.ListQuery(role, statut, effetFrom, finUntil, sort, page, taille, false);
        return answer(delegations -> delegations.list(identifiant, query));
    }

    @POST
    @Path("sites/{identifiant}/delegations")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("identifiant") String identifiant, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
        Views.Created created = answer(delegations -> delegations.create(identifiant, JsonBody.delegation(type, body)));
        return Response.status(Response.Status.CREATED).entity(created).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("sites/{identifiant}/delegations/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Views.DelegationView view(@PathParam("identifiant") String identifiant, @PathParam("id") String id) {
        return answer(delegations -> delegations.view(identifiant, id));
    }

    @PUT
    @Path("sites/{identifiant}/delegations/{id}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Views.DelegationView modify(@PathParam("identifiant") String identifiant, @PathParam("id") String id,
                                       @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
        return answer(delegations -> delegations.modify(identifiant, id, JsonBody.delegation(type, body)));
    }

    @POST
    @Path("sites/{identifiant}/delegations/{id}/fermeture")
    public Response close(@PathParam("identifiant") String identifiant, @PathParam("id") String id) {
        answer(delegations -> {
            delegations.close(identifiant, id);
            return null;
        });
        return Response.noContent().build();
    }

    @GET
    @Path("sites/{identifiant}/cabinet")
    @Produces(MediaType.APPLICATION_JSON)
    public CabinetAnswer cabinet(@PathParam("identifiant") String identifiant) {
        return withMessage(answer(delegations -> delegations.cabinet().view(identifiant)));
    }

    @PUT
    @Path("sites/{identifiant}/cabinet")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public CabinetAnswer delegateToCabinet(@PathParam("identifiant") String identifiant, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                                           InputStream body) {
        return withMessage(answer(delegations -> delegations.cabinet().delegate(identifiant, JsonBody.delegation(type, body))));
    }

    @DELETE
    @Path("sites/{identifiant}/cabinet")
    public Response revokeCabinet(@PathParam("identifiant") String identifiant) {
        answer(delegations -> {
            delegations.cabinet().revoke(identifiant);
            return null;
        });
        return Response.noContent().build();
    }

    /** "Gérer les droits d'accès": the same operations as HTML pages, for the browser signed in to Keycloak. */
    @Path(Endpoints.RIGHTS_PAGE)
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
    static final String AUDIENCE = Endpoints.DELEGATIONS;

    /** Runs an operation for the caller of the token; a refusal becomes the API's error body. */
    private <T> T answer(Function<SiteDelegations, T> operation) {
        try {
            return operation.apply(new SiteDelegations(session, catalogue, caller()));
        } catch (Refusal refusal) {
            throw RefusalAnswer.of(session, refusal);
        }
    }

    /** The cabinet block, with the sentence the contract shows when nothing was delegated yet. */
    private CabinetAnswer withMessage(Views.CabinetView view) {
        return new CabinetAnswer(view.cabinet(), view.delegation(), view.delegation() != null ? null
                : RefusalAnswer.sentence(session, Refusal.of(Refusal.Kind.NOT_FOUND, RefusalCode.AUCUNE_DELEGATION)));
    }

    private AuthResult caller() {
        // Tokens of the portals only: their clients carry an "Audience" mapper naming this API.
        AuthResult auth = BearerCaller.require(session, AUDIENCE);
        // Only the web origins of the token's client (Clients → client → Web origins) may read the answer.
        try {
            Cors.builder().auth().allowedMethods(METHODS).checkAllowedOrigins(auth.getToken()).add();
        } catch (ForbiddenException otherOrigin) {
            // Keycloak's own refusal has another shape than the API's errors.
            throw Refusal.of(Refusal.Kind.FORBIDDEN, RefusalCode.ORIGINE_REFUSEE);
        }
        return auth;
    }
}
