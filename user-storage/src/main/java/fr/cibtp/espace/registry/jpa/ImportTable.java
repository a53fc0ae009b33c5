package fr.cibtp.espace.registry.jpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A registry table as the import writes it with plain JDBC: its columns, the identifier first, and the values of
 * an entity in that order. Every column of these tables is text.
 */
record ImportTable<T>(String name, List<String> columns, Function<T, List<String>> values) {

    // Before the tables: static fields are initialised in this order.
    private static final List<String> POSTAL = List.of("HOLDER_LAST_NAME", "HOLDER_FIRST_NAME", "ADDRESS_LINE1", "ADDRESS_LINE2",
            "POSTCODE", "TOWN", "DEPARTEMENT");

    static final ImportTable<CabinetEntity> CABINET = new ImportTable<>("CIBTP_CABINET",
            columns(List.of("ID", "REALM_ID", "IDENTIFIANT", "SIRET", "RAISON_SOCIALE")),
            e -> values(Arrays.asList(e.id, e.realmId, e.identifiant, e.siret, e.raisonSociale), e.postal, e.importRun));

    static final ImportTable<AdherentEntity> ADHERENT = new ImportTable<>("CIBTP_ADHERENT",
            List.of("ID", "REALM_ID", "NUMERO", "SIREN", "RAISON_SOCIALE", "FORME_JURIDIQUE", "CABINET_IDENTIFIANT", "IMPORT_RUN"),
            e -> Arrays.asList(e.id, e.realmId, e.numero, e.siren, e.raisonSociale, e.formeJuridique, e.cabinetIdentifiant, e.importRun));

    static final ImportTable<SiteEntity> SITE = new ImportTable<>("CIBTP_SITE",
            columns(List.of("ID", "REALM_ID", "IDENTIFIANT", "ADHERENT_NUMERO", "SIRET", "NAME", "DSN_ALERTS")),
            e -> values(Arrays.asList(e.id, e.realmId, e.identifiant, e.adherentNumero, e.siret, e.name, e.dsnAlerts), e.postal, e.importRun));

    static final ImportTable<SalarieEntity> SALARIE = new ImportTable<>("CIBTP_SALARIE",
            columns(List.of("ID", "REALM_ID", "IDENTIFIANT")),
            e -> values(Arrays.asList(e.id, e.realmId, e.identifiant), e.postal, e.importRun));

    /** A précompte's own columns, then its holder and address, then the import run. */
    private static List<String> columns(List<String> own) {
        List<String> all = new ArrayList<>(own);
        all.addAll(POSTAL);
        all.add("IMPORT_RUN");
        return List.copyOf(all);
    }

    private static List<String> values(List<String> own, PostalIdentity postal, String importRun) {
        PostalIdentity p = PostalIdentity.orEmpty(postal);
        List<String> all = new ArrayList<>(own);
        all.addAll(Arrays.asList(p.lastName, p.firstName, p.line1, p.line2, p.postcode, p.town, p.departement));
        all.add(importRun);
        return all;
    }
}
