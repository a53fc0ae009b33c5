package fr.cibtp.espace.registry.jpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import fr.cibtp.espace.registry.jpa.RegistrySchema.AdherentTable;
import fr.cibtp.espace.registry.jpa.RegistrySchema.CabinetTable;
import fr.cibtp.espace.registry.jpa.RegistrySchema.Imported;
import fr.cibtp.espace.registry.jpa.RegistrySchema.Postal;
import fr.cibtp.espace.registry.jpa.RegistrySchema.SalarieTable;
import fr.cibtp.espace.registry.jpa.RegistrySchema.SiteTable;

/**
 * A registry table as the import writes it with plain JDBC: its columns, the identifier first, and the values of
 * an entity in that order. Every column of these tables is text.
 */
record ImportTable<T>(String name, List<String> columns, Function<T, List<String>> values) {

    static final ImportTable<CabinetEntity> CABINET = new ImportTable<>(CabinetTable.TABLE,
            columns(List.of(CabinetTable.ID, CabinetTable.REALM_ID, CabinetTable.IDENTIFIANT, CabinetTable.SIRET, CabinetTable.RAISON_SOCIALE)),
            e -> values(Arrays.asList(e.id, e.realmId, e.identifiant, e.siret, e.raisonSociale), e.postal, e.importRun));

    static final ImportTable<AdherentEntity> ADHERENT = new ImportTable<>(AdherentTable.TABLE,
            List.of(AdherentTable.ID, AdherentTable.REALM_ID, AdherentTable.NUMERO, AdherentTable.SIREN, AdherentTable.RAISON_SOCIALE,
                    AdherentTable.FORME_JURIDIQUE, AdherentTable.CABINET_IDENTIFIANT, AdherentTable.IMPORT_RUN),
            e -> Arrays.asList(e.id, e.realmId, e.numero, e.siren, e.raisonSociale, e.formeJuridique, e.cabinetIdentifiant, e.importRun));

    static final ImportTable<SiteEntity> SITE = new ImportTable<>(SiteTable.TABLE,
            columns(List.of(SiteTable.ID, SiteTable.REALM_ID, SiteTable.IDENTIFIANT, SiteTable.ADHERENT_NUMERO, SiteTable.SIRET, SiteTable.NAME,
                    SiteTable.DSN_ALERTS)),
            e -> values(Arrays.asList(e.id, e.realmId, e.identifiant, e.adherentNumero, e.siret, e.name, e.dsnAlerts), e.postal, e.importRun));

    static final ImportTable<SalarieEntity> SALARIE = new ImportTable<>(SalarieTable.TABLE,
            columns(List.of(SalarieTable.ID, SalarieTable.REALM_ID, SalarieTable.IDENTIFIANT)),
            e -> values(Arrays.asList(e.id, e.realmId, e.identifiant), e.postal, e.importRun));

    /** A précompte's own columns, then its holder and address, then the import run. */
    private static List<String> columns(List<String> own) {
        List<String> all = new ArrayList<>(own);
        all.addAll(Postal.COLUMNS);
        all.add(Imported.IMPORT_RUN);
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
