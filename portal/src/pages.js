import { html } from './html.js';
import { layout } from './layout.js';
import { explainClaim } from './claim.js';

function lines(rows) {
  return html`<dl class="lignes">${rows.map((row) => html`<div class="ligne" data-champ="${row.field}">
  <dt><code>${row.field}</code></dt><dd class="valeur">${row.value}</dd><dd class="sens">${row.meaning}</dd></div>`)}</dl>`;
}

function rights(groups) {
  if (groups.length === 0) return html`<p>Aucun droit sur ce site.</p>`;
  return groups.map((group) => html`<h3>${group.label}</h3>
<ul class="droits">${group.rights.map((r) => html`<li data-droit="${r.key}"><span>${r.label}</span> <strong>${r.mode}</strong></li>`)}</ul>`);
}

function notice(message) {
  if (!message) return '';
  return html`<div class="avis" role="status" id="avis"><p>${message.text}</p>
${message.changes?.length ? html`<ul>${message.changes.map((c) => html`<li>${c}</li>`)}</ul>` : ''}</div>`;
}

export function welcome(space, message) {
  return layout(space, {
    title: 'Bienvenue',
    pageId: 'bienvenue',
    body: html`${notice(message)}
<p>Ce portail de démonstration montre ce qu'un portail de la caisse reçoit de Keycloak : qui est connecté, pour quel
${space.key === 'entreprise' ? 'site déclarant et avec quels droits' : 'salarié'}, et comment demander un code par SMS avant une opération sensible.</p>
<p><a class="bouton" id="connexion" href="/connexion">Se connecter</a></p>`,
  });
}

export function home(space, session, catalogue, message) {
  const claims = session.claims;
  const explained = explainClaim(claims, catalogue);
  const expires = new Date(session.tokens.expiresAt).toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris' });
  return layout(space, {
    title: 'Qui est connecté ?',
    pageId: 'accueil',
    session,
    body: html`${notice(message)}
<section class="carte" id="personne">
  <p class="nom">${[claims.given_name, claims.family_name].filter(Boolean).join(' ') || claims.preferred_username}</p>
  <p>${claims.email}</p>
</section>
<section>
  <h2>La revendication <code>cibtp</code>, ligne par ligne</h2>
  ${lines(explained.lines)}
</section>
${space.key === 'entreprise' ? html`<section id="droits">
  <h2>Droits sur ce site (<code>cibtp.droits</code>)</h2>
  ${rights(explained.rights)}
</section>` : ''}
<section>
  <h2>Autres informations du jeton d'identité</h2>
  ${lines(explained.standard)}
</section>
<section class="carte">
  <h2>Jeton d'accès</h2>
  <p>Il expire à <span id="expiration">${expires}</span>. Le rafraîchir demande à Keycloak un nouveau jeton : une délégation
  modifiée ou fermée depuis la connexion y apparaît aussitôt.</p>
  <form method="post" action="/rafraichir"><input type="hidden" name="csrf" value="${session.csrf}">
  <button type="submit" class="bouton" id="rafraichir">Rafraîchir le jeton</button></form>
</section>
${space.key === 'entreprise' ? html`<section class="carte">
  <h2>API des délégations</h2>
  <p>Le navigateur appelle <code>GET ${space.sitesApi}</code> avec le jeton d'accès.</p>
  <button type="button" class="bouton" id="appel-api" data-url="${space.sitesApi}">Appeler l'API : mes sites</button>
  <div id="resultat-api" aria-live="polite"></div>
</section>` : ''}`,
  });
}

/** Whether the step-up behind acr sms was a passkey: amr names it, and no SMS code. */
function byPasskey(amr) {
  return Array.isArray(amr) && amr.includes('hwk') && !amr.includes('sms');
}

export function bankDetails(space, session, done) {
  return layout(space, {
    title: 'Nouvelles coordonnées bancaires',
    pageId: 'coordonnees-bancaires',
    session,
    body: html`<p class="avis" id="niveau">Vous avez confirmé votre identité ${byPasskey(session.claims.amr)
  ? 'avec votre clé d’accès' : 'par un code reçu par SMS'}
(<code>acr</code> = <code>${session.claims.acr}</code>, <code>amr</code> = <code>${(session.claims.amr || []).join(', ')}</code>).</p>
${done ? html`<p class="avis" role="status" id="enregistre">Démonstration : le portail de la caisse enregistrerait ici le
compte dont l'IBAN se termine par ${done}.</p>` : html`<form method="post" action="/coordonnees-bancaires" class="formulaire">
  <input type="hidden" name="csrf" value="${session.csrf}">
  <label for="titulaire">Titulaire du compte</label><input id="titulaire" name="titulaire" autocomplete="name" required>
  <label for="iban">IBAN</label><input id="iban" name="iban" required pattern="[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]{10,32}">
  <label for="bic">BIC</label><input id="bic" name="bic" required pattern="[A-Za-z0-9]{8}([A-Za-z0-9]{3})?">
  <button type="submit" class="bouton" id="valider">Valider</button>
</form>`}`,
  });
}

export function noRight(space, session) {
  return layout(space, {
    title: 'Nouvelles coordonnées bancaires',
    pageId: 'sans-droit',
    session,
    body: html`<p class="avis" id="sans-droit">Vos droits sur ce site ne permettent pas de modifier « Mes comptes bancaires »
(il faut le droit Mise à jour). Un administrateur du site peut vous le donner dans « Gérer les droits d'accès ».</p>`,
  });
}

export function goodbye(space) {
  return layout(space, {
    title: 'Vous êtes déconnecté',
    pageId: 'au-revoir',
    body: html`<p>Votre session de l'Espace sécurisé CIBTP est terminée, sur ce portail et sur Keycloak.</p>
<p><a class="bouton" id="connexion" href="/connexion">Se connecter à nouveau</a></p>`,
  });
}

export function failure(space, session, text) {
  return layout(space, {
    title: "La demande n'a pas abouti",
    pageId: 'erreur',
    session,
    body: html`<p class="avis erreur" id="erreur">${text}</p><p><a class="bouton" href="/">Retour à l'accueil</a></p>`,
  });
}
