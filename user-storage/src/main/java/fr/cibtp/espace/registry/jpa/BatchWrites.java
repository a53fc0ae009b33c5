package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The registry rows a batch of import lines writes, table by table, sent on Keycloak's own connection and in its
 * transaction: a batch the database refuses is still rolled back whole.
 */
record BatchWrites(ImportWrites<CabinetEntity> cabinets, ImportWrites<AdherentEntity> adherents,
                   ImportWrites<SiteEntity> sites, ImportWrites<SalarieEntity> salaries) {

    BatchWrites() {
        this(new ImportWrites<>(ImportTable.CABINET), new ImportWrites<>(ImportTable.ADHERENT),
                new ImportWrites<>(ImportTable.SITE), new ImportWrites<>(ImportTable.SALARIE));
    }

    void flush(EntityManager em, String run) {
        em.unwrap(Session.class).doWork(connection -> {
            cabinets.write(connection, run);
            adherents.write(connection, run);
            sites.write(connection, run);
            salaries.write(connection, run);
        });
    }
}
