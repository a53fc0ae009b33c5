package fr.cibtp.espace.registry.jpa;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import fr.cibtp.espace.registry.AccountSite;
import fr.cibtp.espace.registry.SiteLabels;
import org.hibernate.Session;

/**
 * What the token says of the chosen site and whether the account holds it, asked at every token and refresh: one
 * statement in plain JDBC on Keycloak's connection, reading no more than the token shows (a site's DSN alerts are
 * JSON to parse). Through Hibernate, building the query and the entities cost as much as the database's answer, and
 * a tenth of a refresh.
 */
final class AccountSiteQuery {

    private static final String SQL = "SELECT s.IDENTIFIANT, s.SIRET, s.NAME, a.RAISON_SOCIALE, s.ADHERENT_NUMERO, l.ID"
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
                query.setString(2, LinkKind.SITE.stored());
                query.setString(3, realmId);
                query.setString(4, identifiant);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    SiteLabels site = new SiteLabels(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5));
                    return Optional.of(new AccountSite(site, row.getString(6) != null));
                }
            }
        });
    }
}
