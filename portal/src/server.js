import { createServer } from 'node:http';
import { configuredSpaces } from './spaces.js';
import { loadCatalogue } from './catalogue.js';
import { portal } from './app.js';

// Starts one portal per space whose client secret is in the environment (KEYCLOAK_URL, ESPACE_ENTREPRISE_SECRET,
// ESPACE_SALARIE_SECRET). Listens on the loopback only: a demo for the developer's own browser.
const spaces = configuredSpaces(process.env);
if (spaces.length === 0) {
  console.error('Aucun portail : donnez ESPACE_ENTREPRISE_SECRET et/ou ESPACE_SALARIE_SECRET.');
  process.exit(2);
}
const catalogue = loadCatalogue();
const servers = await Promise.all(spaces.map((space) => new Promise((resolve, reject) => {
  const server = createServer(portal(space, catalogue));
  server.once('error', reject);
  server.listen(space.port, '127.0.0.1', () => resolve(server));
})));
for (const space of spaces) {
  console.log(`Portail de démonstration, ${space.title} : ${space.origin}`);
}
console.log('Portails prêts.');

const stop = () => {
  servers.forEach((server) => server.close());
  servers.forEach((server) => server.closeAllConnections());
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
