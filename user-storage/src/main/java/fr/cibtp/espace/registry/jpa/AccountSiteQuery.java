package fr.cibtp.espace.registry.jpa;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import fr.cibtp.espace.registry.AccountSite;
import fr.cibtp.espace.registry.SiteLabels;
import fr.cibtp.espace.registry.jpa.RegistrySchema.AccountLinkTable;
import fr.cibtp.espace.registry.jpa.RegistrySchema.AdherentTable;
import fr.cibtp.espace.registry.jpa.RegistrySchema.SiteTable;
import org.hibernate.Session;

/**
 * What the token says of the chosen site and whether the account holds it, asked at every token and refresh: one
 * statement in plain JDBC on Keycloak's connection, reading no more than the token shows (a site's DSN alerts are
 * JSON to parse). Through Hibernate, building the query and the entities cost as much as the database's answer, and
 * a tenth of a refresh.
 */
final class AccountSiteQuery {

    private static final String SQL = "SELECT s." + SiteTable.IDENTIFIANT + ", s." + SiteTable.SIRET + ", s." + SiteTable.NAME
            + ", a." + AdherentTable.RAISON_SOCIALE + ", s." + SiteTable.ADHERENT_NUMERO + ", l." + AccountLinkTable.ID
            + " FROM " + SiteTable.TABLE + " s"
            + " LEFT JOIN " + AdherentTable.TABLE + " a ON a." + AdherentTable.REALM_ID + " = s." + SiteTable.REALM_ID
            + " AND a." + AdherentTable.NUMERO + " = s." + SiteTable.ADHERENT_NUMERO
            + " LEFT JOIN " + AccountLinkTable.TABLE + " l ON l." + AccountLinkTable.USER_ID + " = ? AND l." + AccountLinkTable.KIND + " = ?"
            + " AND l." + AccountLinkTable.IDENTIFIANT + " = s." + SiteTable.IDENTIFIANT
            + " AND l." + AccountLinkTable.REALM_ID + " = s." + SiteTable.REALM_ID
            + " WHERE s." + SiteTable.REALM_ID + " = ? AND s." + SiteTable.IDENTIFIANT + " = ?";

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
