package fr.cibtp.espace.registry.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import fr.cibtp.espace.identifiers.Departement;
import fr.cibtp.espace.identifiers.Siret;
import fr.cibtp.espace.registry.HolderRemoval;
import fr.cibtp.espace.registry.ImportReport;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.importing.ImportReason;
import fr.cibtp.espace.registry.importing.ImportWords;
import fr.cibtp.espace.registry.importing.RegistryRecord;
import fr.cibtp.espace.registry.importing.RegistryRecord.AdherentRecord;
import fr.cibtp.espace.registry.importing.RegistryRecord.CabinetRecord;
import fr.cibtp.espace.registry.importing.RegistryRecord.SalarieRecord;
import fr.cibtp.espace.registry.importing.RegistryRecord.SiteRecord;
import fr.cibtp.espace.settings.CibtpSettings;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.util.JsonSerialization;

/**
 * Writes one batch of import lines in one transaction: the rows the batch names are loaded with a few IN queries,
 * then each line is created, updated or found unchanged, and the batch's rows are written together at its end.
 * Every row touched is stamped with the import run, which is how a second line for the same record in one file is
 * recognised without keeping the file in memory.
 */
final class ImportBatchWriter {

    /** A valid line waiting for its batch. */
    record Numbered(long line, RegistryRecord record) {
    }

    /** A site whose line names another adhérent than the registry did. */
    private record Move(long line, String site, String formerAdherent, String adherent) {
    }

    private final KeycloakSession session;
    private final EntityManager em;
    private final RealmModel realm;
    private final String run;
    private final ProvisionalCodes codes;
    private final CibtpSettings settings;
    private final ImportWords words;
    private final ImportReport report;

    private final Map<String, CabinetEntity> cabinets = new HashMap<>();
    private final Map<String, AdherentEntity> adherents = new HashMap<>();
    private final Map<String, SiteEntity> sites = new HashMap<>();
    private final Map<String, SalarieEntity> salaries = new HashMap<>();
    private final BatchWrites writes = new BatchWrites();
    /** Sites and adhérents whose new labels the account links must copy (LinkedSiteLabels). */
    private final Set<String> relabelledSites = new HashSet<>();
    private final Set<String> relabelledAdherents = new HashSet<>();
    private final List<Move> moves = new ArrayList<>();
    /** Précomptes given a letter by the batch: a row the batch inserts is written after its letter was set. */
    private final List<Precompte> lettersOfNewRows = new ArrayList<>();

    ImportBatchWriter(KeycloakSession session, RealmModel realm, String run, ImportWords words, ImportReport report) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realm = realm;
        this.run = run;
        this.codes = new ProvisionalCodes(session);
        this.settings = CibtpSettings.of(realm);
        this.words = words;
        this.report = report;
    }

    void write(List<Numbered> batch) {
        planLookupsForTheTablesAsTheyAreNow();
        prefetch(batch);
        for (Numbered n : batch) {
            RegistryRecord r = n.record();
            ImportReason refused;
            if (r instanceof CabinetRecord c) {
                refused = cabinet(c);
            } else if (r instanceof AdherentRecord a) {
                refused = adherent(a);
            } else if (r instanceof SiteRecord s) {
                refused = site(s, n.line());
            } else {
                refused = salarie((SalarieRecord) r);
            }
            if (refused != null) {
                report.reject(n.line(), words.of(refused));
            }
        }
        writes.flush(em, run);
        lettersOfNewRows.forEach(p -> codes.showLetter(realm, p));
        lettersOfNewRows.clear();
        if (relabelled()) {
            em.unwrap(Session.class).doWork(c -> LinkedSiteLabels.refresh(c, realm.getId(), relabelledSites, relabelledAdherents));
        }
        moves.forEach(this::changeHands);
    }

    /** The former company's holders lose the site, and with it what they delegated and their sessions. */
    private void changeHands(Move move) {
        Precompte site = new Precompte(PrecompteKind.SITE, move.site());
        int holders = 0;
        int delegations = 0;
        int sessions = 0;
        for (String holder : session.getProvider(RegistryProvider.class).holders(realm, site)) {
            HolderRemoval.Outcome outcome = HolderRemoval.remove(session, realm, holder, site).orElse(null);
            if (outcome != null) {
                holders++;
                delegations += outcome.delegationsClosed();
                sessions += outcome.sessionsEnded();
            }
        }
        new PrecompteStates(em).adherentChanged(realm.getId(), move.formerAdherent());
        report.changedHands(new ImportReport.ChangedHands(move.line(), move.site(), move.formerAdherent(), move.adherent(),
                holders, delegations, sessions));
    }

    /** Whether the batch renamed a site or an adhérent: tokens then read sites again (HeldSitesVersion). */
    boolean relabelled() {
        return !relabelledSites.isEmpty() || !relabelledAdherents.isEmpty();
    }

    private ImportReason cabinet(CabinetRecord r) {
        if (sites.containsKey(r.identifiant())) {
            return ImportReason.of("cibtpImport_identifierOfASite", r.identifiant());
        }
        CabinetEntity e = cabinets.get(r.identifiant());
        boolean same = e != null && e.siret.equals(r.siret()) && e.raisonSociale.equals(r.raisonSociale())
                && PostalIdentity.same(e.postal, postal(r.postal()));
        if (e != null && run.equals(e.importRun) && !same) {
            return duplicate(r.identifiant());
        }
        Change change = e == null ? Change.CREATED : same ? Change.UNCHANGED : Change.UPDATED;
        String previousRun = e == null ? null : e.importRun;
        if (e == null) {
            e = new CabinetEntity();
            e.id = KeycloakModelUtils.generateId();
            e.realmId = realm.getId();
            e.identifiant = r.identifiant();
            cabinets.put(e.identifiant, e);
        }
        e.siret = r.siret();
        e.raisonSociale = r.raisonSociale();
        e.postal = postal(r.postal());
        e.importRun = run;
        keep(writes.cabinets(), e, e.id, change, previousRun);
        count(change, code(PrecompteKind.CABINET, r.identifiant(), r.code()));
        return null;
    }

    private ImportReason adherent(AdherentRecord r) {
        if (r.cabinet() != null && !cabinets.containsKey(r.cabinet())) {
            return ImportReason.of("cibtpImport_unknownCabinet", r.cabinet());
        }
        AdherentEntity e = adherents.get(r.numero());
        boolean same = e != null && e.siren.equals(r.siren()) && e.raisonSociale.equals(r.raisonSociale())
                && Objects.equals(e.formeJuridique, r.formeJuridique()) && Objects.equals(e.cabinetIdentifiant, r.cabinet());
        if (e != null && run.equals(e.importRun) && !same) {
            return ImportReason.of("cibtpImport_duplicateAdherent", r.numero());
        }
        if (e != null && !e.siren.equals(r.siren()) && sitesOf(e)) {
            return ImportReason.of("cibtpImport_sirenInUse", r.numero());
        }
        Change change = e == null ? Change.CREATED : same ? Change.UNCHANGED : Change.UPDATED;
        String previousRun = e == null ? null : e.importRun;
        if (e != null && !e.raisonSociale.equals(r.raisonSociale())) {
            relabelledAdherents.add(e.numero);
        }
        if (e == null) {
            e = new AdherentEntity();
            e.id = KeycloakModelUtils.generateId();
            e.realmId = realm.getId();
            e.numero = r.numero();
            adherents.put(e.numero, e);
        }
        e.siren = r.siren();
        e.raisonSociale = r.raisonSociale();
        e.formeJuridique = r.formeJuridique();
        e.cabinetIdentifiant = r.cabinet();
        e.importRun = run;
        keep(writes.adherents(), e, e.id, change, previousRun);
        count(change, false);
        return null;
    }

    private ImportReason site(SiteRecord r, long line) {
        AdherentEntity adherent = adherents.get(r.numeroAdherent());
        if (adherent == null) {
            return ImportReason.of("cibtpImport_unknownAdherent", r.numeroAdherent());
        }
        if (!Siret.belongsTo(r.siret(), adherent.siren)) {
            return ImportReason.of("cibtpImport_siretOutsideSiren", r.siret(), adherent.siren, adherent.numero);
        }
        if (cabinets.containsKey(r.identifiant())) {
            return ImportReason.of("cibtpImport_identifierOfACabinet", r.identifiant());
        }
        String alerts = alertsJson(r);
        SiteEntity e = sites.get(r.identifiant());
        boolean same = e != null && e.adherentNumero.equals(r.numeroAdherent()) && e.siret.equals(r.siret())
                && e.name.equals(r.nom()) && PostalIdentity.same(e.postal, postal(r.postal())) && Objects.equals(e.dsnAlerts, alerts);
        if (e != null && run.equals(e.importRun) && !same) {
            return duplicate(r.identifiant());
        }
        Change change = e == null ? Change.CREATED : same ? Change.UNCHANGED : Change.UPDATED;
        String previousRun = e == null ? null : e.importRun;
        if (e != null && !(e.adherentNumero.equals(r.numeroAdherent()) && e.siret.equals(r.siret()) && e.name.equals(r.nom()))) {
            relabelledSites.add(e.identifiant);
        }
        if (e != null && !e.adherentNumero.equals(r.numeroAdherent())) {
            moves.add(new Move(line, e.identifiant, e.adherentNumero, r.numeroAdherent()));
            codes.voidCurrent(realm, new Precompte(PrecompteKind.SITE, e.identifiant));
        }
        if (e == null) {
            e = new SiteEntity();
            e.id = KeycloakModelUtils.generateId();
            e.realmId = realm.getId();
            e.identifiant = r.identifiant();
            sites.put(e.identifiant, e);
        }
        e.adherentNumero = r.numeroAdherent();
        e.siret = r.siret();
        e.name = r.nom();
        e.postal = postal(r.postal());
        e.dsnAlerts = alerts;
        e.importRun = run;
        keep(writes.sites(), e, e.id, change, previousRun);
        count(change, code(PrecompteKind.SITE, r.identifiant(), r.code()));
        return null;
    }

    private ImportReason salarie(SalarieRecord r) {
        SalarieEntity e = salaries.get(r.identifiant());
        boolean same = e != null && PostalIdentity.same(e.postal, postal(r.postal()));
        if (e != null && run.equals(e.importRun) && !same) {
            return duplicate(r.identifiant());
        }
        Change change = e == null ? Change.CREATED : same ? Change.UNCHANGED : Change.UPDATED;
        String previousRun = e == null ? null : e.importRun;
        if (e == null) {
            e = new SalarieEntity();
            e.id = KeycloakModelUtils.generateId();
            e.realmId = realm.getId();
            e.identifiant = r.identifiant();
            salaries.put(e.identifiant, e);
        }
        e.postal = postal(r.postal());
        e.importRun = run;
        keep(writes.salaries(), e, e.id, change, previousRun);
        count(change, code(PrecompteKind.SALARIE, r.identifiant(), r.code()));
        return null;
    }

    private enum Change { CREATED, UPDATED, UNCHANGED }

    /** Queues the row's write; a row already written by this run needs no second stamp. */
    private <T> void keep(ImportWrites<T> table, T row, String id, Change change, String previousRun) {
        switch (change) {
            case CREATED -> table.created(row);
            case UPDATED -> table.changed(row);
            case UNCHANGED -> {
                if (!run.equals(previousRun)) {
                    table.unchanged(id);
                }
            }
        }
    }

    private void count(Change change, boolean codeChanged) {
        if (change == Change.CREATED) {
            report.created();
        } else if (change == Change.UPDATED || codeChanged) {
            report.updated();
        } else {
            report.unchanged();
        }
    }

    /** Sets the line's code unless it is already the précompte's code (used or not): re-importing never re-arms a code. */
    private boolean code(PrecompteKind kind, String identifiant, String canonicalCode) {
        if (canonicalCode == null) {
            return false;
        }
        Precompte precompte = new Precompte(kind, identifiant);
        boolean current = codes.current(realm, precompte).map(c -> codes.matches(canonicalCode, c)).orElse(false);
        if (current) {
            return false;
        }
        codes.replace(realm, precompte, canonicalCode, settings);
        lettersOfNewRows.add(precompte);
        return true;
    }

    private boolean sitesOf(AdherentEntity adherent) {
        // The batch's sites so far count too: written first, the query sees them as the database will hold them.
        writes.flush(em, run);
        return !em.createNamedQuery(SiteEntity.OF_ADHERENT, String.class)
                .setParameter("realm", realm.getId()).setParameter("n", adherent.numero).setMaxResults(1).getResultList().isEmpty();
    }

    private static ImportReason duplicate(String identifiant) {
        return ImportReason.of("cibtpImport_duplicate", identifiant);
    }

    private static PostalIdentity postal(fr.cibtp.espace.registry.PostalAddress a) {
        PostalIdentity p = new PostalIdentity();
        p.lastName = a.lastName();
        p.firstName = a.firstName();
        p.line1 = a.line1();
        p.line2 = a.line2();
        p.postcode = a.postcode();
        p.departement = Departement.ofPostcode(a.postcode());
        p.town = a.town();
        return p;
    }

    private static String alertsJson(SiteRecord r) {
        if (r.alertes().isEmpty()) {
            return null;
        }
        try {
            return JsonSerialization.writeValueAsString(r.alertes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * PostgreSQL keeps a generic plan for a statement prepared many times on one connection; planned while the tables
     * were still small, it scans them whole, and a large first import slows to a crawl. Within this transaction only,
     * plan each lookup for the tables as they are now.
     */
    private void planLookupsForTheTablesAsTheyAreNow() {
        if (PlannerStatistics.isPostgres(em)) {
            em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        }
    }

    private void prefetch(List<Numbered> batch) {
        List<String> precomptes = new ArrayList<>();
        List<String> adherentNumbers = new ArrayList<>();
        List<String> cabinetRefs = new ArrayList<>();
        List<String> salarieIds = new ArrayList<>();
        for (Numbered n : batch) {
            RegistryRecord r = n.record();
            if (r instanceof CabinetRecord c) {
                precomptes.add(c.identifiant());
            } else if (r instanceof SiteRecord s) {
                precomptes.add(s.identifiant());
                adherentNumbers.add(s.numeroAdherent());
            } else if (r instanceof AdherentRecord a) {
                adherentNumbers.add(a.numero());
                if (a.cabinet() != null) {
                    cabinetRefs.add(a.cabinet());
                }
            } else if (r instanceof SalarieRecord s) {
                salarieIds.add(s.identifiant());
            }
        }
        cabinetRefs.addAll(precomptes);
        load(SiteEntity.class, "identifiant", precomptes, s -> s.identifiant, sites);
        load(CabinetEntity.class, "identifiant", cabinetRefs, c -> c.identifiant, cabinets);
        load(AdherentEntity.class, "numero", adherentNumbers, a -> a.numero, adherents);
        load(SalarieEntity.class, "identifiant", salarieIds, s -> s.identifiant, salaries);
    }

    private <T> void load(Class<T> entity, String key, Collection<String> values, Function<T, String> keyOf, Map<String, T> into) {
        if (values.isEmpty()) {
            return;
        }
        // A JPQL text, not a Criteria query: Hibernate compiles it once for the thousand batches of a large file.
        // Read-only: the batch writes its rows itself, Hibernate need not snapshot and dirty-check them.
        String jpql = "select e from " + em.getMetamodel().entity(entity).getName() + " e where e.realmId = :realm and e." + key
                + " in :values";
        em.createQuery(jpql, entity).setParameter("realm", realm.getId()).setParameter("values", values.stream().distinct().toList())
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream().forEach(e -> into.put(keyOf.apply(e), e));
    }
}
