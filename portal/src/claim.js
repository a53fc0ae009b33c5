// The cibtp claim in plain French, one line per field, the rights named as the catalogue names them.

const ROLES = {
  administrateur: "Administrateur : titulaire du site, ou délégataire à qui l'on a donné les droits d'administration",
  utilisateur: "Utilisateur : délégataire sans droits d'administration",
  cabinet: 'Cabinet comptable : les droits vous viennent d’un cabinet comptable',
};

const MODES = { consultation: 'Consultation', mise_a_jour: 'Mise à jour' };

const LEVELS = {
  'mot-de-passe': 'Mot de passe ou clé d’accès (niveau 1)',
  sms: 'Second facteur : code reçu par SMS ou clé d’accès (niveau 2)',
};

const METHODS = { pwd: 'mot de passe', hwk: 'clé d’accès', sms: 'code reçu par SMS' };

/** The amr claim in words: the sign-in's factor, then the step-up's. */
export function methodsInWords(amr) {
  return (Array.isArray(amr) ? amr : []).map((m) => METHODS[m] || m).join(', puis ');
}

function phoneMeaning(claims) {
  if (!claims.phone_number) return 'Aucun téléphone mobile';
  return claims.phone_number_verified ? 'Téléphone mobile certifié' : 'Téléphone mobile non certifié';
}

function line(field, value, meaning) {
  return { field, value: value === undefined || value === null ? '—' : String(value), meaning };
}

function yesNo(value) {
  return value ? 'oui' : 'non';
}

function siteLines(site) {
  return [
    line('site.identifiant', site.identifiant, 'Identifiant CIBTP du site déclarant'),
    line('site.siret', site.siret, 'Numéro de SIRET du site déclarant'),
    line('site.nom', site.nom, 'Nom du site déclarant'),
    line('site.raison_sociale', site.raison_sociale, "Raison sociale de l'adhérent"),
    ...(site.numero_adherent ? [line('site.numero_adherent', site.numero_adherent, "Numéro d'adhérent à la caisse")] : []),
  ];
}

function entrepriseLines(claim, catalogue) {
  const colleges = (claim.colleges || []).map((key) => catalogue.colleges.find((c) => c.key === key)?.label || key);
  const lines = [
    line('espace', claim.espace, 'Espace entreprise : adhérents et cabinets comptables'),
    ...(claim.site ? siteLines(claim.site) : [line('site', null, 'Aucun site déclarant choisi')]),
    line('role', claim.role, ROLES[claim.role] || 'Rôle inconnu'),
    line('admin', yesNo(claim.admin), claim.admin
      ? 'Peut déléguer à son tour (« Gérer les droits d\'accès »)'
      : 'Ne peut pas déléguer'),
    line('colleges', colleges.join(', ') || 'aucun', 'Collèges de salariés dont vous voyez les données'),
  ];
  if (claim.via) {
    lines.push(line('via', claim.via, `Droits reçus par le cabinet comptable ${claim.via.replace(/^cabinet:/, '')}`));
  }
  return lines;
}

function salarieLines(claim) {
  const salarie = claim.salarie || {};
  return [
    line('espace', claim.espace, 'Espace salarié'),
    line('salarie.identifiant', salarie.identifiant, 'Identifiant du salarié à la caisse'),
    line('salarie.nom', salarie.nom, 'Nom'),
    line('salarie.prenom', salarie.prenom, 'Prénom'),
  ];
}

/**
 * The claim's {@code droits} as feature → mode, whatever its encoding: "*" (an administrator's: every feature of the
 * catalogue at its highest mode, the rule of docs/cibtp-claim.md), an object, or nothing.
 */
export function readRights(droits, catalogue) {
  if (droits === '*') {
    return Object.fromEntries(catalogue.groups.flatMap((g) => g.features)
      .map((f) => [f.key, f.modes.includes('mise_a_jour') ? 'mise_a_jour' : 'consultation']));
  }
  return droits !== null && typeof droits === 'object' ? droits : {};
}

/** The rights of {@code droits}, grouped in the catalogue's order; keys the catalogue lacks come last, as they are. */
export function explainRights(encoded, catalogue) {
  const droits = readRights(encoded, catalogue);
  const known = new Set();
  const groups = catalogue.groups.map((group) => ({
    label: group.label,
    rights: group.features.filter((f) => droits[f.key]).map((f) => {
      known.add(f.key);
      return { key: f.key, label: f.label, mode: MODES[droits[f.key]] || droits[f.key] };
    }),
  })).filter((group) => group.rights.length > 0);
  const unknown = Object.keys(droits).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    groups.push({ label: 'Hors catalogue', rights: unknown.map((key) => ({ key, label: key, mode: MODES[droits[key]] || droits[key] })) });
  }
  return groups;
}

/** What the rights became between two tokens: one sentence per feature whose mode changed. */
export function rightsChanges(encodedBefore, encodedAfter, catalogue) {
  const before = readRights(encodedBefore, catalogue);
  const after = readRights(encodedAfter, catalogue);
  const labels = new Map(catalogue.groups.flatMap((g) => g.features.map((f) => [f.key, f.label])));
  const order = [...labels.keys()];
  const rank = (key) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => rank(a) - rank(b));
  return keys.filter((key) => before[key] !== after[key]).map((key) => {
    const mode = (value) => MODES[value] || 'Aucun droit';
    return `${labels.get(key) || key} : ${mode(before[key])} → ${mode(after[key])}`;
  });
}

/** The lines of the claim, then the standard claims that matter to a portal. */
export function explainClaim(idClaims, catalogue) {
  const claim = idClaims.cibtp || {};
  const lines = claim.espace === 'salarie' ? salarieLines(claim) : entrepriseLines(claim, catalogue);
  return {
    lines,
    rights: claim.espace === 'salarie' ? [] : explainRights(claim.droits, catalogue),
    standard: [
      line('email', idClaims.email, idClaims.email_verified ? 'Adresse électronique certifiée' : 'Adresse électronique non certifiée'),
      line('phone_number', idClaims.phone_number, phoneMeaning(idClaims)),
      line('acr', idClaims.acr, LEVELS[idClaims.acr] || "Niveau d'authentification"),
      line('amr', Array.isArray(idClaims.amr) ? idClaims.amr.join(', ') : undefined, `Moyens utilisés : ${methodsInWords(idClaims.amr) || '—'}`),
    ],
  };
}
