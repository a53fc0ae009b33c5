import { html } from './html.js';

function menu(space, csrf) {
  return html`<nav class="menu" aria-label="Menu du portail">
  <a href="/" id="accueil">Qui est connecté ?</a>
  <a href="/coordonnees-bancaires" id="coordonnees-bancaires">Nouvelles coordonnées bancaires</a>
  ${space.key === 'entreprise' ? html`<a href="/changer-de-tiers" id="changer-de-tiers">Changer de tiers</a>` : ''}
  <a href="${space.accountUrl}" id="mon-compte">Mon compte utilisateur</a>
  ${space.rightsUrl ? html`<a href="${space.rightsUrl}" id="droits-acces">Gérer les droits d'accès</a>` : ''}
  <form method="post" action="/deconnexion">
    <input type="hidden" name="csrf" value="${csrf}">
    <button type="submit" id="deconnexion" class="lien">Se déconnecter</button>
  </form>
</nav>`;
}

/** A whole page of the portal; {@code pageId} names the screen on the body, as Keycloak's pages do. */
export function layout(space, { title, pageId, body, session }) {
  const signedIn = Boolean(session?.tokens);
  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${space.title}</title>
<link rel="stylesheet" href="/static/portail.css">
<script src="/static/portail.js" defer></script>
</head>
<body class="espace-${space.key}" data-page-id="portail-${pageId}">
<header class="bandeau">
  <a class="marque" href="/">CIBTP <span>${space.title}</span></a>
  <span class="demo">Portail de démonstration</span>
</header>
${signedIn ? menu(space, session.csrf) : ''}
<main>
<h1 id="titre">${title}</h1>
${body}
</main>
<footer>Démonstration pour les équipes des portails : rien de ce que vous saisissez ici n'est enregistré.</footer>
</body>
</html>`.toString();
}
