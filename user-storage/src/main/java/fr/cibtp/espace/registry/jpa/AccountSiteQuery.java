package fr.cibtp.espace.registry.jpa;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import fr.cibtp.espace.registry.AccountSite;
import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.Site;
import org.hibernate.Session;

/**
 * The chosen site, its adhérent and whether the account holds it, asked at every token and refresh: one statement in
 * plain JDBC on Keycloak's connection. Through Hibernate, building the query and the entities cost as much as the
 * database's answer, and a tenth of a refresh.
 */
final class AccountSiteQuery {

    private static final String SQL = "SELECT s.IDENTIFIANT, s.SIRET, s.NAME, a.RAISON_SOCIALE, s.ADHERENT_NUMERO,"
            + " a.CABINET_IDENTIFIANT, s.HOLDER_LAST_NAME, s.HOLDER_FIRST_NAME, s.ADDRESS_LINE1, s.ADDRESS_LINE2, s.POSTCODE,"
            + " s.TOWN, s.DSN_ALERTS, l.ID"
            + " FROM CIBTP_SITE s"
            + " LEFT JOIN CIBTP_ADHERENT a ON a.REALM_ID = s.REALM_ID AND a.NUMERO = s.ADHERENT_NUMERO"
            + " LEFT JOIN CIBTP_ACCOUNT_LINK l ON l.USER_ID = ? AND l.KIND = ? AND l.IDENTIFIANT = s.IDENTIFIANT"
            + " AND l.REALM_ID = s.REALM_ID"
            + " WHERE s.REALM_ID = ? AND s.IDENTIFIANT = ?";

    private AccountSiteQuery() {
    }

    static Optional<AccountSite> find(EntityManager em, String realmId, String userId, String identifiant) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SQL)) {
                query.setString(1, userId);
                query.setString(2, PrecompteKind.SITE.key());
                query.setString(3, realmId);
                query.setString(4, identifiant);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    PostalAddress holder = new PostalAddress(row.getString(7), row.getString(8), row.getString(9),
                            row.getString(10), row.getString(11), row.getString(12));
                    Site site = new Site(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), holder, Mapping.alerts(row.getString(13)));
                    return Optional.of(new AccountSite(site, row.getString(14) != null));
                }
            }
        });
    }
}
