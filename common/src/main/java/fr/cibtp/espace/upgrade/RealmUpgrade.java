package fr.cibtp.espace.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import fr.cibtp.espace.time.CaisseClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.jpa.entities.RealmEntity;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.ui.extend.UiTabProvider;

/**
 * Brings each CIBTP realm to the releases these extensions know, at every start, after the database's own migration:
 * the realm changes of each release not yet recorded for it, in one transaction per realm. The realm's row is locked
 * first, so that of two nodes starting together one upgrades and the other then finds it recorded.
 */
public final class RealmUpgrade {

    /** The realm attribute that shows caisse IT which build of the extensions last started on the realm. */
    public static final String VERSION_ATTRIBUTE = "cibtp.version";
    private static final Logger LOG = Logger.getLogger(RealmUpgrade.class);
    private static final String VERSION_RESOURCE = "META-INF/cibtp/version.properties";
    private static final String BUILD = readBuild();

    private RealmUpgrade() {
    }

    /** Upgrades every realm that has the CIBTP settings; one that fails is logged and left as it was. */
    static void atStart(KeycloakSessionFactory factory) {
        List<String> realms = new ArrayList<>();
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.realms().getRealmsStream()
                .filter(RealmUpgrade::isCibtp).forEach(realm -> realms.add(realm.getId())));
        ShippedRealm shipped = ShippedRealm.load();
        for (String id : realms) {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, session -> upgrade(session, session.realms().getRealm(id), shipped));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Realm %s: upgrade to %s failed and was undone; the realm keeps its configuration", id, Releases.newest());
            }
        }
    }

    /** Applies the releases {@code realm} has not had; what was applied, oldest first. */
    public static List<String> upgrade(KeycloakSession session, RealmModel realm, ShippedRealm shipped) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        em.find(RealmEntity.class, realm.getId(), LockModeType.PESSIMISTIC_WRITE);
        List<String> recorded = em.createQuery("select u.version from CibtpRealmUpgrade u where u.realmId = :realm", String.class)
                .setParameter("realm", realm.getId()).getResultList();
        Optional<ReleaseVersion> newer = UpgradePlan.newerThanKnown(Releases.all(), recorded);
        if (newer.isPresent()) {
            LOG.warnf("Realm %s was upgraded to %s by newer extensions than these (%s): nothing changed; start the newer ones",
                    realm.getName(), newer.get(), build());
            return List.of();
        }
        session.getContext().setRealm(realm);
        UpgradeContext context = new UpgradeContext(session, realm, shipped);
        List<String> applied = new ArrayList<>();
        for (Release release : UpgradePlan.pending(Releases.all(), recorded)) {
            List<String> changes = release.changes().stream().map(change -> change.apply(context)).flatMap(Optional::stream).toList();
            record(em, realm, release, changes);
            applied.add(release.version().toString());
            LOG.infof("Realm %s upgraded to %s: %s", realm.getName(), release.version(),
                    changes.isEmpty() ? "it already had every change" : String.join("; ", changes));
        }
        if (!build().equals(realm.getAttribute(VERSION_ATTRIBUTE))) {
            realm.setAttribute(VERSION_ATTRIBUTE, build());
        }
        return applied;
    }

    /** The versions recorded for {@code realm}, oldest first. */
    public static List<String> recorded(KeycloakSession session, RealmModel realm) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("select u.version from CibtpRealmUpgrade u where u.realmId = :realm order by u.appliedAt", String.class)
                .setParameter("realm", realm.getId()).getResultList();
    }

    static void forget(KeycloakSession session, RealmModel realm) {
        session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("delete from CibtpRealmUpgrade u where u.realmId = :realm").setParameter("realm", realm.getId()).executeUpdate();
    }

    private static void record(EntityManager em, RealmModel realm, Release release, List<String> changes) {
        RealmUpgradeEntity row = new RealmUpgradeEntity();
        row.id = KeycloakModelUtils.generateId();
        row.realmId = realm.getId();
        row.version = release.version().toString();
        row.appliedAt = CaisseClock.millis();
        row.appliedBy = build();
        String lines = String.join("\n", changes);
        row.changes = lines.length() > 4000 ? lines.substring(0, 3999) + "…" : lines;
        em.persist(row);
        em.flush();
    }

    private static boolean isCibtp(RealmModel realm) {
        return realm.getComponentsStream(realm.getId(), UiTabProvider.class.getName()).anyMatch(c -> "CIBTP".equals(c.getProviderId()));
    }

    /** This build's version, as Maven wrote it into the jar. */
    public static String build() {
        return BUILD;
    }

    private static String readBuild() {
        try (InputStream in = RealmUpgrade.class.getResourceAsStream("/" + VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(VERSION_RESOURCE + " is missing from the jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
