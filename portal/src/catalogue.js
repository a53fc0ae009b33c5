import { readFileSync } from 'node:fs';

// The repository's one copy of the catalogue, the one the delegation mapper ships: labels never drift apart.
const CATALOGUE = new URL('../../delegation-mapper/src/main/resources/fr/cibtp/espace/delegation/rights-catalogue.json', import.meta.url);

export function loadCatalogue(file = CATALOGUE) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
