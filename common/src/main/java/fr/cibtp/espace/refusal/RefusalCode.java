package fr.cibtp.espace.refusal;

import java.util.Locale;

/**
 * Why an API call or a page's action is refused: the stable code the APIs answer in {@code erreur}, and the key of its
 * sentence in the message bundles ({@code cibtpRefusal_<code>}), the only place the sentence is written. One list for
 * both APIs, so that a refusal they share (a missing token, a body too large) has one code and one sentence.
 */
public enum RefusalCode {
    // the rules of a delegation
    ADMIN_REQUIS, DATE_EFFET_REQUISE, FIN_AVANT_EFFET, HORS_PERIODE, HORS_PERIODE_JUSQU_AU, TROP_DE_DROITS, COLLEGE_REQUIS,
    COLLEGE_INCONNU, FONCTIONNALITE_INCONNUE, DROIT_INCONNU, CONSULTATION_SEULE,
    // what was typed or sent
    VALEUR_INCONNUE, DATE_INVALIDE, EMAIL_INVALIDE, NOM_INVALIDE, TELEPHONE_INVALIDE, MOBILE_INVALIDE, TAILLE_INVALIDE, COLLEGES_LISTE, DROITS_OBJET, JSON_INVALIDE,
    TYPE_DE_CONTENU, CORPS_TROP_GRAND, DEMANDE_INVALIDE, STATUT_INCONNU, PERIODE_INVALIDE, TYPE_INCONNU, DEPARTEMENT_INCONNU,
    // the state of the site and its delegations
    DEJA_FERMEE, DERNIER_ADMINISTRATEUR, CABINET_SANS_ESPACE, AUCUNE_DELEGATION, AUCUN_CABINET, DELEGATION_INCONNUE,
    SITE_INCONNU, COURRIEL_NON_ENVOYE, AVIS_NON_ENVOYE, TROP_D_INVITATIONS, TROP_D_INVITATIONS_SITE, INVITATIONS_SUSPENDUES,
    // the state of the registry
    IDENTIFIANTS_INCONNUS, IDENTIFIANT_INCONNU, DEMANDE_INCONNUE, TITULAIRE_INCONNU,
    // who asks
    ACCES_REFUSE, HORS_DE_VOTRE_BRANCHE, SECOND_FACTEUR_REQUIS, RESERVE_A_L_ADHERENT, NON_AUTHENTIFIE, AUDIENCE_REFUSEE, ORIGINE_REFUSEE;

    public static final String MESSAGE_PREFIX = "cibtpRefusal_";

    /** As the APIs write it: {@code trop_de_droits}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return MESSAGE_PREFIX + key();
    }
}
