package fr.cibtp.espace.registry.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.jpa.PrecompteStates;

/**
 * The précomptes of a kind no account holds, with what a relaunch mailing prints (name, recipient, address) and the end
 * of their current letter; in identifiant order, a page after another (each page one indexed read, whatever the
 * registry's size). Optionally in one département.
 */
public final class NotEnrolledMailing {

    /** One précompte to write to; {@code letterExpiresAt} when its current letter is unused. */
    public record Row(String identifiant, String name, PostalAddress recipient, Instant letterExpiresAt) {
    }

    private final String realmId;
    private final PrecompteKind kind;
    private final Optional<String> departement;

    public NotEnrolledMailing(String realmId, PrecompteKind kind, Optional<String> departement) {
        this.realmId = realmId;
        this.kind = kind;
        this.departement = departement;
    }

    /** Up to {@code max} rows after the identifiant {@code after} ("" for the first page). */
    public List<Row> page(EntityManager em, String after, int max) {
        StringBuilder hql = new StringBuilder("select p.identifiant, ").append(switch (kind) {
            case SITE -> "a.raisonSociale, p.name";
            case CABINET -> "p.raisonSociale, ''";
            case SALARIE -> "p.postal.lastName, p.postal.firstName";
        }).append(", p.postal.lastName, p.postal.firstName, p.postal.line1, p.postal.line2, p.postal.postcode, p.postal.town,"
                + " c.expiresAt, c.usedAt from ").append(PrecompteStates.entity(kind)).append(" p");
        if (kind == PrecompteKind.SITE) {
            hql.append(" left join CibtpAdherent a on a.realmId = p.realmId and a.numero = p.adherentNumero");
        }
        // The letters' bound too: PostgreSQL would otherwise merge-join every letter before the page.
        hql.append(" left join CibtpProvisionalCode c on c.realmId = p.realmId and c.kind = :kind and c.identifiant = p.identifiant"
                + " and c.identifiant > :after where p.realmId = :realm and p.identifiant > :after and p.campaign.heldSince is null")
                .append(departement.isPresent() ? " and p.postal.departement = :departement" : "").append(" order by p.identifiant");
        Query query = em.createQuery(hql.toString()).setParameter("realm", realmId).setParameter("kind", kind.key())
                .setParameter("after", after).setMaxResults(max);
        departement.ifPresent(d -> query.setParameter("departement", d));
        List<Row> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            String name = kind == PrecompteKind.CABINET ? (String) r[1] : joined((String) r[1], kind == PrecompteKind.SITE ? " - " : " ", (String) r[2]);
            PostalAddress to = new PostalAddress((String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8]);
            Instant expires = r[9] == null || r[10] != null ? null : Instant.ofEpochMilli(((Number) r[9]).longValue());
            rows.add(new Row((String) r[0], name, to, expires));
        }
        return rows;
    }

    private static String joined(String first, String separator, String second) {
        if (first == null || first.isEmpty()) {
            return second;
        }
        return second == null || second.isEmpty() ? first : first + separator + second;
    }
}
