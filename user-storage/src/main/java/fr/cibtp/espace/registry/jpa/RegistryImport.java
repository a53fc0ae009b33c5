package fr.cibtp.espace.registry.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import fr.cibtp.espace.registry.HeldSitesVersion;
import fr.cibtp.espace.registry.ImportReport;
import fr.cibtp.espace.registry.importing.ImportReason;
import fr.cibtp.espace.registry.importing.ImportWords;
import fr.cibtp.espace.registry.importing.LineReader;
import fr.cibtp.espace.registry.importing.RecordParser;
import fr.cibtp.espace.registry.jpa.RegistrySchema.AdherentTable;
import fr.cibtp.espace.registry.jpa.RegistrySchema.CabinetTable;
import fr.cibtp.espace.registry.jpa.RegistrySchema.ProvisionalCodeTable;
import fr.cibtp.espace.registry.jpa.RegistrySchema.SalarieTable;
import fr.cibtp.espace.registry.jpa.RegistrySchema.SiteTable;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Streams an NDJSON import into the registry: lines are parsed one by one and written in batches, each batch in its
 * own transaction, so memory stays flat whatever the size of the file. A rejected line changes nothing; a batch
 * the database refuses as a whole is reported line by line and the import goes on. The reasons are worded in French
 * from the login theme's bundles, read once.
 */
public final class RegistryImport {

    private static final Logger LOG = Logger.getLogger(RegistryImport.class);

    public static final int MAX_LINE_BYTES = 64 * 1024;
    static final int BATCH_SIZE = 1000;

    private RegistryImport() {
    }

    /** Runs the import with the request's session's factory: each batch has a session and transaction of its own. */
    public static ImportReport run(KeycloakSession request, RealmModel realm, InputStream body) throws IOException {
        KeycloakSessionFactory factory = request.getKeycloakSessionFactory();
        ImportWords words = ImportWords.of(request, realm);
        ImportReport report = new ImportReport();
        String run = KeycloakModelUtils.generateId();
        String realmId = realm.getId();
        LineReader reader = new LineReader(body, MAX_LINE_BYTES);
        List<ImportBatchWriter.Numbered> batch = new ArrayList<>(BATCH_SIZE);
        boolean relabelled = false;
        try {
            for (LineReader.Line line; (line = reader.next()) != null; ) {
                if (line.tooLong()) {
                    // As text: MessageFormat would write the number French-style, 65536 as "65 536".
                    report.reject(line.number(), words.of(ImportReason.of("cibtpImport_lineTooLong", String.valueOf(MAX_LINE_BYTES))));
                    continue;
                }
                if (line.text().isBlank()) {
                    continue;
                }
                RecordParser.Result parsed = RecordParser.parse(line.text());
                if (parsed.record() == null) {
                    report.reject(line.number(), words.of(parsed.reason()));
                    continue;
                }
                batch.add(new ImportBatchWriter.Numbered(line.number(), parsed.record()));
                if (batch.size() == BATCH_SIZE) {
                    relabelled |= write(factory, realmId, run, batch, words, report);
                    batch.clear();
                }
            }
            relabelled |= write(factory, realmId, run, batch, words, report);
        } finally {
            if (relabelled) {
                // Even when the upload breaks off: the batches written so far may have renamed sites.
                KeycloakModelUtils.runJobInTransaction(factory, session -> HeldSitesVersion.advance(session.realms().getRealm(realmId)));
            }
        }
        KeycloakModelUtils.runJobInTransaction(factory, session -> PlannerStatistics.refresh(
                session.getProvider(org.keycloak.connections.jpa.JpaConnectionProvider.class).getEntityManager(),
                CabinetTable.TABLE, AdherentTable.TABLE, SiteTable.TABLE, SalarieTable.TABLE, ProvisionalCodeTable.TABLE));
        return report;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    /** Writes the batch; answers whether it renamed a site or an adhérent. */
    private static boolean write(KeycloakSessionFactory factory, String realmId, String run,
                                 List<ImportBatchWriter.Numbered> batch, ImportWords words, ImportReport report) {
        if (batch.isEmpty()) {
            return false;
        }
        ImportReport batchReport = new ImportReport();
        boolean[] relabelled = {false};
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                // A site that changes hands ends its former holders' sessions, which Keycloak does for a realm in context.
                session.getContext().setRealm(realm);
                ImportBatchWriter writer = new ImportBatchWriter(session, realm, run, words, batchReport);
                writer.write(batch);
                relabelled[0] = writer.relabelled();
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "Registry import: a batch of %d lines from line %d was refused by the database: %s",
                    batch.size(), batch.get(0).line(), rootCause(e));
            String notSaved = words.of(ImportReason.of("cibtpImport_notSaved"));
            for (ImportBatchWriter.Numbered n : batch) {
                report.reject(n.line(), notSaved);
            }
            return false;
        }
        report.add(batchReport);
        return relabelled[0];
    }
}
