// "Appeler l'API : mes sites": the browser calls the delegation API with the access token, as a portal's page would.
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('appel-api');
  if (!button) return;
  const result = document.getElementById('resultat-api');

  const show = (status, answer) => {
    result.replaceChildren();
    const heading = document.createElement('p');
    heading.id = 'statut-api';
    heading.textContent = `Réponse ${status}`;
    result.append(heading);
    if (answer && Array.isArray(answer.sites)) {
      const list = document.createElement('ul');
      list.className = 'sites';
      for (const site of answer.sites) {
        const item = document.createElement('li');
        item.dataset.identifiant = site.identifiant;
        item.textContent = `${site.raison_sociale} – ${site.nom} (identifiant ${site.identifiant}, SIRET ${site.siret})`;
        list.append(item);
      }
      result.append(list);
    }
    const raw = document.createElement('pre');
    raw.textContent = JSON.stringify(answer, null, 2);
    result.append(raw);
  };

  button.addEventListener('click', async () => {
    result.textContent = 'Appel en cours…';
    try {
      const { access_token: token } = await (await fetch('/jeton', { credentials: 'same-origin' })).json();
      const answer = await fetch(button.dataset.url, { headers: { Authorization: `Bearer ${token}` } });
      show(answer.status, await answer.json().catch(() => null));
    } catch (error) {
      result.textContent = `L'appel a échoué : ${error.message}`;
    }
  });
});
