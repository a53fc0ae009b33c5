package fr.cibtp.espace.registry.jpa;

import java.util.List;

/**
 * The registry's table and column names in one place: the entities map them, and the SQL the import and the token
 * path write by hand is built from them, so a renamed column cannot leave one of them behind. The changelogs keep
 * their own text: they record what the database was given.
 */
final class RegistrySchema {

    private RegistrySchema() {
    }

    /** Columns every registry table has. */
    abstract static class Row {
        static final String ID = "ID";
        static final String REALM_ID = "REALM_ID";
    }

    /** Columns of the tables the import writes. */
    abstract static class Imported extends Row {
        static final String IMPORT_RUN = "IMPORT_RUN";
    }

    /** A précompte's holder and address ({@link PostalIdentity}), in the order the import writes them. */
    static final class Postal {
        static final String HOLDER_LAST_NAME = "HOLDER_LAST_NAME";
        static final String HOLDER_FIRST_NAME = "HOLDER_FIRST_NAME";
        static final String ADDRESS_LINE1 = "ADDRESS_LINE1";
        static final String ADDRESS_LINE2 = "ADDRESS_LINE2";
        static final String POSTCODE = "POSTCODE";
        static final String TOWN = "TOWN";
        static final String DEPARTEMENT = "DEPARTEMENT";
        static final List<String> COLUMNS = List.of(HOLDER_LAST_NAME, HOLDER_FIRST_NAME, ADDRESS_LINE1, ADDRESS_LINE2, POSTCODE, TOWN,
                DEPARTEMENT);

        private Postal() {
        }
    }

    static final class CabinetTable extends Imported {
        static final String TABLE = "CIBTP_CABINET";
        static final String IDENTIFIANT = "IDENTIFIANT";
        static final String SIRET = "SIRET";
        static final String RAISON_SOCIALE = "RAISON_SOCIALE";
    }

    static final class AdherentTable extends Imported {
        static final String TABLE = "CIBTP_ADHERENT";
        static final String NUMERO = "NUMERO";
        static final String SIREN = "SIREN";
        static final String RAISON_SOCIALE = "RAISON_SOCIALE";
        static final String FORME_JURIDIQUE = "FORME_JURIDIQUE";
        static final String CABINET_IDENTIFIANT = "CABINET_IDENTIFIANT";
        static final String HELD_SINCE = "HELD_SINCE";
    }

    static final class SiteTable extends Imported {
        static final String TABLE = "CIBTP_SITE";
        static final String IDENTIFIANT = "IDENTIFIANT";
        static final String ADHERENT_NUMERO = "ADHERENT_NUMERO";
        static final String SIRET = "SIRET";
        static final String NAME = "NAME";
        static final String DSN_ALERTS = "DSN_ALERTS";
    }

    static final class SalarieTable extends Imported {
        static final String TABLE = "CIBTP_SALARIE";
        static final String IDENTIFIANT = "IDENTIFIANT";
    }

    static final class AccountLinkTable extends Row {
        static final String TABLE = "CIBTP_ACCOUNT_LINK";
        static final String USER_ID = "USER_ID";
        static final String KIND = "KIND";
        static final String IDENTIFIANT = "IDENTIFIANT";
        static final String CREATED_AT = "CREATED_AT";
        static final String RAISON_SOCIALE = "RAISON_SOCIALE";
        static final String SITE_NAME = "SITE_NAME";
        static final String SITE_SORT = "SITE_SORT";
        static final String SIRET = "SIRET";
    }

    static final class ProvisionalCodeTable extends Row {
        static final String TABLE = "CIBTP_PROVISIONAL_CODE";
        static final String KIND = "KIND";
        static final String IDENTIFIANT = "IDENTIFIANT";
        static final String HASH = "HASH";
        static final String ISSUED_AT = "ISSUED_AT";
        static final String EXPIRES_AT = "EXPIRES_AT";
        static final String USED_AT = "USED_AT";
    }

    static final class CodeLockTable extends Row {
        static final String TABLE = "CIBTP_CODE_LOCK";
        static final String CODE_ID = "CODE_ID";
        static final String SOURCE = "SOURCE";
        static final String WRONG_ATTEMPTS = "WRONG_ATTEMPTS";
        static final String LOCKED_UNTIL = "LOCKED_UNTIL";
        static final String LOCKED_AT = "LOCKED_AT";
    }

    static final class CodeRequestTable extends Row {
        static final String TABLE = "CIBTP_CODE_REQUEST";
        static final String IDENTIFIANT = "IDENTIFIANT";
        static final String STATUS = "STATUS";
        static final String REQUESTED_AT = "REQUESTED_AT";
        static final String PROCESSED_AT = "PROCESSED_AT";
    }
}
