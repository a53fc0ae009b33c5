package fr.cibtp.espace.registry.jpa;

import java.util.List;

import jakarta.persistence.EntityManager;

import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;

/**
 * Keeps each précompte's {@link CampaignState} in step with its links and its letter, and each adhérent's first held
 * site, in the transaction that changes them: the campaign figures then read one index per table instead of joining
 * links and codes.
 */
public final class PrecompteStates {

    private static final String SITE_ADHERENT = "select s.adherentNumero from CibtpSite s where s.realmId = :realm"
            + " and s.identifiant = :id";

    private static final int RELEASED_PER_STATEMENT = 500;

    private final EntityManager em;

    PrecompteStates(EntityManager em) {
        this.em = em;
    }

    /** An account now holds the précompte: it is held since now, unless it already was. */
    void held(String realmId, Precompte precompte, long at) {
        update(realmId, precompte, "p.campaign.heldSince = :at", "and p.campaign.heldSince is null").setParameter("at", at)
                .executeUpdate();
        if (precompte.kind() == PrecompteKind.SITE) {
            em.createQuery("update CibtpAdherent a set a.heldSince = :at where a.realmId = :realm and a.heldSince is null"
                            + " and a.numero = (" + SITE_ADHERENT + ")").setParameter("at", at).setParameter("realm", realmId)
                    .setParameter("id", precompte.identifiant()).executeUpdate();
        }
    }

    /** A holder went: since when the remaining holders hold it, or nobody does. */
    void released(String realmId, Precompte precompte) {
        released(realmId, precompte.kind(), List.of(precompte.identifiant()));
    }

    /**
     * Holders went from many précomptes of a kind at once (an account deleted): a few statements per
     * {@value #RELEASED_PER_STATEMENT} précomptes rather than per précompte.
     */
    void released(String realmId, PrecompteKind kind, List<String> identifiants) {
        for (int from = 0; from < identifiants.size(); from += RELEASED_PER_STATEMENT) {
            List<String> some = identifiants.subList(from, Math.min(from + RELEASED_PER_STATEMENT, identifiants.size()));
            em.createQuery("update " + entity(kind) + " p set p.campaign.heldSince = (select min(l.createdAt) from CibtpAccountLink l"
                            + " where l.realmId = p.realmId and l.kind = :kind and l.identifiant = p.identifiant)"
                            + " where p.realmId = :realm and p.identifiant in :ids")
                    .setParameter("kind", LinkKind.of(kind).stored()).setParameter("realm", realmId).setParameter("ids", some)
                    .executeUpdate();
            if (kind == PrecompteKind.SITE) {
                adherent(realmId, "a.numero in (select s.adherentNumero from CibtpSite s where s.realmId = :realm and s.identifiant in :ids)")
                        .setParameter("ids", some).executeUpdate();
            }
        }
    }

    /** An adhérent lost a site to another (an import): since when its remaining sites are held, if any. */
    void adherentChanged(String realmId, String numero) {
        adherent(realmId, "a.numero = :numero").setParameter("numero", numero).executeUpdate();
    }

    private jakarta.persistence.Query adherent(String realmId, String which) {
        return em.createQuery("update CibtpAdherent a set a.heldSince = (select min(s.campaign.heldSince) from CibtpSite s"
                + " where s.realmId = a.realmId and s.adherentNumero = a.numero) where a.realmId = :realm and " + which)
                .setParameter("realm", realmId);
    }

    /** A new letter: issued now, valid until then, unused. */
    void letterIssued(String realmId, Precompte precompte, long issuedAt, long expiresAt) {
        update(realmId, precompte, "p.campaign.letterIssuedAt = :issued, p.campaign.letterExpiresAt = :expires,"
                + " p.campaign.letterUsedAt = null, p.campaign.letterLockedUntil = null", "")
                .setParameter("issued", issuedAt).setParameter("expires", expiresAt).executeUpdate();
    }

    /** The letter's code opened a space, or was voided as if used. */
    void letterUsed(String realmId, Precompte precompte, long at) {
        update(realmId, precompte, "p.campaign.letterUsedAt = :at", "and p.campaign.letterUsedAt is null").setParameter("at", at)
                .executeUpdate();
    }

    /** Wrong codes locked the letter for some source until then ({@link Long#MAX_VALUE}: until a new code). */
    void letterLocked(String realmId, Precompte precompte, long until) {
        update(realmId, precompte, "p.campaign.letterLockedUntil = :until",
                "and (p.campaign.letterLockedUntil is null or p.campaign.letterLockedUntil < :until)").setParameter("until", until)
                .executeUpdate();
    }

    private jakarta.persistence.Query update(String realmId, Precompte precompte, String set, String condition) {
        return em.createQuery("update " + entity(precompte.kind()) + " p set " + set
                + " where p.realmId = :realm and p.identifiant = :id " + condition)
                .setParameter("realm", realmId).setParameter("id", precompte.identifiant());
    }

    /** The JPA entity of a kind's précomptes, for queries on them. */
    public static String entity(PrecompteKind kind) {
        return switch (kind) {
            case SITE -> "CibtpSite";
            case CABINET -> "CibtpCabinet";
            case SALARIE -> "CibtpSalarie";
        };
    }
}
