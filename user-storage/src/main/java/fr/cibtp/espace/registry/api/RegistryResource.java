package fr.cibtp.espace.registry.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.identifiers.Departement;
import fr.cibtp.espace.openapi.OpenApiDocument;
import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalAnswer;
import fr.cibtp.espace.refusal.RefusalCode;
import fr.cibtp.espace.registry.HolderRemoval;
import fr.cibtp.espace.registry.ImportReport;
import fr.cibtp.espace.registry.IssuedCode;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.campaign.CampaignFigures;
import fr.cibtp.espace.registry.campaign.CampaignPeriod;
import fr.cibtp.espace.registry.campaign.CampaignQueries;
import fr.cibtp.espace.registry.campaign.NotEnrolledMailing;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.util.JsonSerialization;

/**
 * The registry API of the caisse's back office, under {@code /realms/{realm}/cibtp-registry}: import of the
 * reference data, issuance of provisional codes for the mail merge, the queue of code requests, and the holders of
 * each précompte.
 */
public class RegistryResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv; charset=utf-8";
    private static final int CODES_PER_TRANSACTION = 100;
    private static final int NOT_ENROLLED_PAGE = 1000;
    /** A code issuance names identifiants, 15 bytes each: a megabyte is some 60,000 of them ({@code non_inscrits} for more). */
    private static final int MAX_JSON_BYTES = 1024 * 1024;
    private static final List<String> CODE_REQUEST_STATUSES = List.of("en_attente", "traitee");
    private static final OpenApiDocument DESCRIPTION = OpenApiDocument.shipped(RegistryResource.class, "registry.openapi.json");

    private final KeycloakSession session;

    public RegistryResource(KeycloakSession session) {
        this.session = session;
    }

    /** This API's OpenAPI description ({@code registry.openapi.json} beside this class), for anyone. */
    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response description() {
        return DESCRIPTION.serve(session, RegistryResourceProviderFactory.ID);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public RegistryBodies.ImportAnswer importRecords(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) throws IOException {
        AdminAuth admin = RegistryAdmin.require(session);
        if (contentType == null || !MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(NDJSON))) {
            throw refused(new Refusal(Refusal.Kind.UNSUPPORTED, RefusalCode.TYPE_DE_CONTENU, null, NDJSON).worded("ndjson"));
        }
        RealmModel realm = session.getContext().getRealm();
        ImportReport report = session.getProvider(RegistryProvider.class).importRecords(realm, body);
        event(admin, OperationType.ACTION, "cibtp-registry/import", RegistryBodies.ImportSummary.of(report));
        return RegistryBodies.ImportAnswer.of(report);
    }

    @POST
    @Path("codes")
    @Consumes(MediaType.WILDCARD)
    public Response issueCodes(InputStream body) {
        AdminAuth admin = RegistryAdmin.require(session);
        RegistryBodies.CodeIssuance request = readIssuance(body);
        RealmModel realm = session.getContext().getRealm();
        RegistryProvider registry = session.getProvider(RegistryProvider.class);
        StreamingOutput csv;
        if (request.notEnrolled()) {
            csv = out -> notEnrolledCodes(realm.getId(), out);
        } else if (!request.identifiants().isEmpty()) {
            List<String> unknown = request.identifiants().stream().filter(typed -> registry.resolve(realm, typed).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw refused(Refusal.invalid(RefusalCode.IDENTIFIANTS_INCONNUS, "identifiants", String.join(", ", unknown)).naming(unknown));
            }
            List<IssuedCode> issued = registry.issueCodes(realm, request.identifiants());
            csv = out -> {
                write(out, MailMergeCsv.HEADER);
                for (IssuedCode code : issued) {
                    write(out, MailMergeCsv.row(code));
                }
            };
        } else {
            throw refused(Refusal.invalid(RefusalCode.DEMANDE_INVALIDE, null));
        }
        event(admin, OperationType.CREATE, "cibtp-registry/codes", new RegistryBodies.CodesIssued(request.notEnrolled() ? "non_inscrits" : "identifiants"));
        return Response.ok(csv, CSV).header("Content-Disposition", "attachment; filename=\"codes-provisoires.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("code-requests")
    @Produces(MediaType.APPLICATION_JSON)
    public List<RegistryBodies.CodeRequestRow> codeRequests(@QueryParam("statut") String status) {
        RegistryAdmin.require(session);
        if (status != null && !status.isEmpty() && !CODE_REQUEST_STATUSES.contains(status)) {
            // A mistyped status would otherwise answer an empty queue, read as "nothing to send".
            throw refused(Refusal.invalid(RefusalCode.STATUT_INCONNU, "statut", status, String.join(" ou ", CODE_REQUEST_STATUSES)));
        }
        RealmModel realm = session.getContext().getRealm();
        return session.getProvider(RegistryProvider.class).codeRequests(realm, status).stream().map(RegistryBodies.CodeRequestRow::of).toList();
    }

    @POST
    @Path("code-requests/{id}/traitee")
    public Response markDone(@PathParam("id") String id) {
        AdminAuth admin = RegistryAdmin.require(session);
        if (!session.getProvider(RegistryProvider.class).markCodeRequestDone(session.getContext().getRealm(), id)) {
            throw refused(new Refusal(Refusal.Kind.NOT_FOUND, RefusalCode.DEMANDE_INCONNUE, null, id));
        }
        event(admin, OperationType.UPDATE, "cibtp-registry/code-requests/" + id, new RegistryBodies.CodeRequestDone("traitee"));
        return Response.noContent().build();
    }

    /**
     * Where the enrollment campaign stands (enrolled or not, letters, code requests) by département and week, over
     * the days {@code du} to {@code au} (by default the 16 weeks ending today).
     */
    @GET
    @Path("campagne")
    @Produces(MediaType.APPLICATION_JSON)
    public CampaignFigures campaign(@QueryParam("du") String from, @QueryParam("au") String to) {
        RegistryAdmin.require(session);
        CampaignPeriod period;
        try {
            period = CampaignPeriod.parse(from, to, CaisseClock.today());
        } catch (Refusal refusal) {
            throw refused(refusal);
        }
        return new CampaignQueries(entityManager(), session.getContext().getRealm().getId(), period, CaisseClock.ZONE, CaisseClock.now())
                .figures();
    }

    /** The not-yet-enrolled précomptes of a kind (sites by default), for a relaunch mailing: the mail-merge format. */
    @GET
    @Path("campagne/non-inscrits")
    public Response notEnrolled(@QueryParam("type") String type, @QueryParam("departement") String departement) {
        AdminAuth admin = RegistryAdmin.require(session);
        PrecompteKind kind = PrecompteKind.fromKey(type == null || type.isBlank() ? "site" : type).orElseThrow(() ->
                refused(Refusal.invalid(RefusalCode.TYPE_INCONNU, "type", type)));
        Optional<String> inDepartement = Optional.ofNullable(departement).filter(d -> !d.isBlank()).map(d -> Departement.parse(d)
                .orElseThrow(() -> refused(Refusal.invalid(RefusalCode.DEPARTEMENT_INCONNU, "departement", d))));
        NotEnrolledMailing mailing = new NotEnrolledMailing(session.getContext().getRealm().getId(), kind, inDepartement);
        event(admin, OperationType.ACTION, "cibtp-registry/campagne/non-inscrits", new RegistryBodies.RelaunchAsked(kind.key(), inDepartement.orElse(null)));
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        // Written after this method returns: each page is read in a transaction of its own.
        StreamingOutput csv = out -> {
            write(out, MailMergeCsv.HEADER);
            String after = "";
            while (true) {
                List<NotEnrolledMailing.Row> page = new ArrayList<>();
                String from = after;
                KeycloakModelUtils.runJobInTransaction(factory, s -> page.addAll(mailing.page(
                        s.getProvider(JpaConnectionProvider.class).getEntityManager(), from, NOT_ENROLLED_PAGE)));
                for (NotEnrolledMailing.Row row : page) {
                    write(out, MailMergeCsv.relaunchRow(row));
                }
                if (page.size() < NOT_ENROLLED_PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).identifiant();
            }
        };
        return Response.ok(csv, CSV).header("Content-Disposition", "attachment; filename=\"non-inscrits.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The accounts holding a précompte (a site's Administrateurs, a cabinet's, a salarié's account), oldest first. */
    @GET
    @Path("precomptes/{identifiant}/titulaires")
    @Produces(MediaType.APPLICATION_JSON)
    public List<RegistryBodies.Holder> holders(@PathParam("identifiant") String identifiant) {
        RegistryAdmin.require(session);
        RealmModel realm = session.getContext().getRealm();
        RegistryProvider registry = session.getProvider(RegistryProvider.class);
        Precompte precompte = known(registry, realm, identifiant);
        List<RegistryBodies.Holder> list = new ArrayList<>();
        for (String id : registry.holders(realm, precompte)) {
            UserModel user = session.users().getUserById(realm, id);
            list.add(user == null ? new RegistryBodies.Holder(id, null, null, null)
                    : new RegistryBodies.Holder(id, user.getEmail(), user.getLastName(), user.getFirstName()));
        }
        return list;
    }

    /**
     * Takes a holder away from a précompte (someone who left the company, a space opened with a stolen letter): the
     * link, the delegations made from it and every session of the account, offline ones included.
     */
    @DELETE
    @Path("precomptes/{identifiant}/titulaires/{compte}")
    @Produces(MediaType.APPLICATION_JSON)
    public RegistryBodies.HolderRemoved removeHolder(@PathParam("identifiant") String identifiant, @PathParam("compte") String account) {
        AdminAuth admin = RegistryAdmin.require(session);
        RealmModel realm = session.getContext().getRealm();
        Precompte precompte = known(session.getProvider(RegistryProvider.class), realm, identifiant);
        HolderRemoval.Outcome outcome = HolderRemoval.remove(session, realm, account, precompte).orElseThrow(() ->
                refused(new Refusal(Refusal.Kind.NOT_FOUND, RefusalCode.TITULAIRE_INCONNU, null, account, precompte.identifiant())));
        RegistryBodies.HolderRemoved answer = new RegistryBodies.HolderRemoved(precompte.identifiant(), account,
                outcome.delegationsClosed(), outcome.sessionsEnded());
        event(admin, OperationType.DELETE, "cibtp-registry/precomptes/" + precompte.identifiant() + "/titulaires/" + account, answer);
        return answer;
    }

    private Precompte known(RegistryProvider registry, RealmModel realm, String identifiant) {
        return registry.resolve(realm, identifiant).orElseThrow(() ->
                refused(new Refusal(Refusal.Kind.NOT_FOUND, RefusalCode.IDENTIFIANT_INCONNU, null, identifiant)));
    }

    /** A refusal as the API answers it, the same body as the delegation API's. */
    private WebApplicationException refused(Refusal refusal) {
        return RefusalAnswer.of(session, refusal);
    }

    /** Codes for every précompte nobody holds yet, a few per transaction, written out as they are issued. */
    private void notEnrolledCodes(String realmId, OutputStream out) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        write(out, MailMergeCsv.HEADER);
        for (PrecompteKind kind : PrecompteKind.values()) {
            // Issuing a code does not enrol anyone, so paging by position stays stable.
            for (int first = 0; ; first += CODES_PER_TRANSACTION) {
                List<IssuedCode> page = new ArrayList<>();
                int from = first;
                KeycloakModelUtils.runJobInTransaction(factory, s -> {
                    RealmModel realm = s.realms().getRealm(realmId);
                    RegistryProvider registry = s.getProvider(RegistryProvider.class);
                    page.addAll(registry.issueCodes(realm, registry.notEnrolled(realm, kind, from, CODES_PER_TRANSACTION)));
                });
                for (IssuedCode code : page) {
                    write(out, MailMergeCsv.row(code));
                }
                if (page.size() < CODES_PER_TRANSACTION) {
                    break;
                }
            }
        }
    }

    private EntityManager entityManager() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    private void event(AdminAuth admin, OperationType operation, String path, Object representation) {
        new AdminEventBuilder(session.getContext().getRealm(), admin, session, session.getContext().getConnection())
                .operation(operation).resource(ResourceType.CUSTOM).resourcePath(path).representation(representation).success();
    }

    private RegistryBodies.CodeIssuance readIssuance(InputStream body) {
        try {
            byte[] read = body.readNBytes(MAX_JSON_BYTES + 1);
            if (read.length > MAX_JSON_BYTES) {
                throw refused(new Refusal(Refusal.Kind.TOO_LARGE, RefusalCode.CORPS_TROP_GRAND, null, MAX_JSON_BYTES / (1024 * 1024)).worded("codes"));
            }
            JsonNode node = JsonSerialization.mapper.readTree(read);
            if (node == null || !node.isObject()) {
                throw new IOException("not an object");
            }
            return JsonSerialization.mapper.treeToValue(node, RegistryBodies.CodeIssuance.class);
        } catch (IOException e) {
            throw refused(Refusal.invalid(RefusalCode.JSON_INVALIDE, null));
        }
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
