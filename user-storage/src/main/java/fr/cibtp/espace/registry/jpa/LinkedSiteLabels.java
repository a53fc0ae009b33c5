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
import fr.cibtp.espace.registry.jpa.RegistrySchema.AccountLinkTable;
import fr.cibtp.espace.registry.jpa.RegistrySchema.AdherentTable;
import fr.cibtp.espace.registry.jpa.RegistrySchema.SiteTable;

/**
 * Keeps the labels the site chooser sorts and searches by (raison sociale, site name, SIRET) on the account links that
 * reach a site, equal to the registry's: set when a link is made, refreshed when an import batch renames a site or
 * an adhérent, in that batch's transaction.
 */
final class LinkedSiteLabels {

    /** Identifiants or numéros a statement: far below any database's limit on parameters. */
    private static final int PER_STATEMENT = 500;

    /** The links that carry a site's labels. */
    static final String SORTED = AccountLinkTable.KIND + " IN " + LinkKind.sqlList(LinkKind.TO_A_SITE);

    /** In a subquery on the sites (s), the row's site. */
    private static final String ITS_SITE = " WHERE s." + SiteTable.REALM_ID + " = " + AccountLinkTable.TABLE + "." + AccountLinkTable.REALM_ID
            + " AND s." + SiteTable.IDENTIFIANT + " = " + AccountLinkTable.TABLE + "." + AccountLinkTable.IDENTIFIANT;

    private static final String UPDATE = "UPDATE " + AccountLinkTable.TABLE + " SET "
            + AccountLinkTable.RAISON_SOCIALE + " = (SELECT a." + AdherentTable.RAISON_SOCIALE + " FROM " + SiteTable.TABLE + " s, "
            + AdherentTable.TABLE + " a" + ITS_SITE + " AND a." + AdherentTable.REALM_ID + " = s." + SiteTable.REALM_ID
            + " AND a." + AdherentTable.NUMERO + " = s." + SiteTable.ADHERENT_NUMERO + "),"
            + " " + AccountLinkTable.SITE_NAME + " = (SELECT s." + SiteTable.NAME + " FROM " + SiteTable.TABLE + " s" + ITS_SITE + "),"
            + " " + AccountLinkTable.SIRET + " = (SELECT s." + SiteTable.SIRET + " FROM " + SiteTable.TABLE + " s" + ITS_SITE + ")"
            + " WHERE " + AccountLinkTable.REALM_ID + " = ? AND " + SORTED + " AND " + AccountLinkTable.IDENTIFIANT + " IN ";

    /** Links of a realm to the sites listed after it. */
    private static final String OF_SITES = SORTED + " AND " + AccountLinkTable.REALM_ID + " = ? AND " + AccountLinkTable.IDENTIFIANT + " IN ";

    /** The sites of the adhérents listed after the realm. */
    private static final String SITES_OF_ADHERENTS = "(SELECT s." + SiteTable.IDENTIFIANT + " FROM " + SiteTable.TABLE + " s WHERE s."
            + SiteTable.REALM_ID + " = ? AND s." + SiteTable.ADHERENT_NUMERO + " IN ";

    private static final String SELECT_NAMES = "SELECT " + AccountLinkTable.ID + ", " + AccountLinkTable.SITE_NAME + " FROM "
            + AccountLinkTable.TABLE + " WHERE ";

    private static final String SET_SORT_KEY = "UPDATE " + AccountLinkTable.TABLE + " SET " + AccountLinkTable.SITE_SORT + " = ? WHERE "
            + AccountLinkTable.ID + " = ?";

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
            sortKeys(connection, OF_SITES + placeholders(part.size()), List.of(realmId), part);
        }
        for (List<String> part : parts(adherents)) {
            run(connection, UPDATE + SITES_OF_ADHERENTS + placeholders(part.size()) + ")", List.of(realmId, realmId), part);
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
        try (PreparedStatement select = connection.prepareStatement(SELECT_NAMES + where)) {
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
        try (PreparedStatement update = connection.prepareStatement(SET_SORT_KEY)) {
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
