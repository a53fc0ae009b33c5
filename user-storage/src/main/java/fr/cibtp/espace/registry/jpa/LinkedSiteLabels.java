package fr.cibtp.espace.registry.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import fr.cibtp.espace.registry.SiteOrder;

/**
 * Keeps the labels the site chooser sorts and searches by (raison sociale, site name, SIRET) on the account links that
 * reach a site, equal to the registry's: set when a link is made, refreshed when an import batch renames a site or
 * an adhérent, in that batch's transaction.
 */
final class LinkedSiteLabels {

    /** Identifiants or numéros a statement: far below any database's limit on parameters. */
    private static final int PER_STATEMENT = 500;

    private static final String UPDATE = "UPDATE CIBTP_ACCOUNT_LINK SET"
            + " RAISON_SOCIALE = (SELECT a.RAISON_SOCIALE FROM CIBTP_SITE s, CIBTP_ADHERENT a WHERE s.REALM_ID = CIBTP_ACCOUNT_LINK.REALM_ID"
            + " AND s.IDENTIFIANT = CIBTP_ACCOUNT_LINK.IDENTIFIANT AND a.REALM_ID = s.REALM_ID AND a.NUMERO = s.ADHERENT_NUMERO),"
            + " SITE_NAME = (SELECT s.NAME FROM CIBTP_SITE s WHERE s.REALM_ID = CIBTP_ACCOUNT_LINK.REALM_ID"
            + " AND s.IDENTIFIANT = CIBTP_ACCOUNT_LINK.IDENTIFIANT),"
            + " SIRET = (SELECT s.SIRET FROM CIBTP_SITE s WHERE s.REALM_ID = CIBTP_ACCOUNT_LINK.REALM_ID"
            + " AND s.IDENTIFIANT = CIBTP_ACCOUNT_LINK.IDENTIFIANT)"
            + " WHERE REALM_ID = ? AND KIND IN " + LinkKind.sqlList(LinkKind.TO_A_SITE) + " AND IDENTIFIANT IN ";

    /** The links that carry a site's labels. */
    static final String SORTED = "KIND IN " + LinkKind.sqlList(LinkKind.TO_A_SITE);

    private LinkedSiteLabels() {
    }

    /**
     * Copies the site's labels onto a new link to it. Only imports write the registry, never in a transaction that
     * links accounts: the query need not flush what this one holds, which would dirty-check every entity it loaded.
     */
    static void copy(EntityManager em, AccountLinkEntity link) {
        List<Object[]> labels = em.createNamedQuery(SiteEntity.LABELS, Object[].class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("realm", link.realmId).setParameter("site", link.identifiant).getResultList();
        if (!labels.isEmpty()) {
            link.raisonSociale = (String) labels.get(0)[0];
            link.siteName = (String) labels.get(0)[1];
            link.siteSort = SiteOrder.key(link.siteName);
            link.siret = (String) labels.get(0)[2];
        }
    }

    /** Refreshes the links to these sites and to every site of these adhérents. */
    static void refresh(Connection connection, String realmId, Collection<String> sites, Collection<String> adherents)
            throws SQLException {
        for (List<String> part : parts(sites)) {
            run(connection, UPDATE + placeholders(part.size()), List.of(realmId), part);
            sortKeys(connection, SORTED + " AND REALM_ID = ? AND IDENTIFIANT IN " + placeholders(part.size()), List.of(realmId), part);
        }
        for (List<String> part : parts(adherents)) {
            run(connection, UPDATE + "(SELECT s.IDENTIFIANT FROM CIBTP_SITE s WHERE s.REALM_ID = ? AND s.ADHERENT_NUMERO IN "
                    + placeholders(part.size()) + ")", List.of(realmId, realmId), part);
        }
    }

    /**
     * Sets the natural-order key of the links {@code where} selects from their site name: a key is Java's to compute,
     * not SQL's. For the links of renamed sites, and once for the links made before the key existed.
     *
     * @return how many links were given their key
     */
    static int sortKeys(Connection connection, String where, List<String> realms, List<String> values) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, SITE_NAME FROM CIBTP_ACCOUNT_LINK WHERE " + where)) {
            int index = 1;
            for (String value : realms) {
                select.setString(index++, value);
            }
            for (String value : values) {
                select.setString(index++, value);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(new String[]{SiteOrder.key(rows.getString(2)), rows.getString(1)});
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE CIBTP_ACCOUNT_LINK SET SITE_SORT = ? WHERE ID = ?")) {
            for (String[] key : keys) {
                update.setString(1, key[0]);
                update.setString(2, key[1]);
                update.addBatch();
            }
            update.executeBatch();
        }
        return keys.size();
    }

    private static void run(Connection connection, String sql, List<String> realms, List<String> values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int index = 1;
            for (String value : realms) {
                update.setString(index++, value);
            }
            for (String value : values) {
                update.setString(index++, value);
            }
            update.executeUpdate();
        }
    }

    private static String placeholders(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    private static List<List<String>> parts(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PER_STATEMENT) {
            parts.add(all.subList(from, Math.min(all.size(), from + PER_STATEMENT)));
        }
        return parts;
    }
}
