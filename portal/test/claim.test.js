import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainClaim, methodsInWords, rightsChanges } from '../src/claim.js';
import { loadCatalogue } from '../src/catalogue.js';
import { html } from '../src/html.js';

const catalogue = loadCatalogue();
const claims = {
  email: 'sandrine.lemoine@exemple.fr',
  email_verified: true,
  acr: 'sms',
  cibtp: {
    espace: 'entreprise',
    site: { identifiant: '29209-001-12', siret: '32483899499750', nom: 'BÂTIR DU GRAND EST - METZ', raison_sociale: 'BÂTIR DU GRAND EST' },
    role: 'cabinet',
    admin: false,
    colleges: ['ouvrier', 'cadre'],
    droits: { 'situation-compte': 'consultation', 'comptes-bancaires': 'mise_a_jour', 'inconnu': 'consultation' },
    via: 'cabinet:90001-001-01',
  },
};

test('each field of the claim has its French line', () => {
  const { lines } = explainClaim(claims, catalogue);
  const byField = Object.fromEntries(lines.map((l) => [l.field, l]));
  assert.equal(byField['site.siret'].value, '32483899499750');
  assert.equal(byField['site.raison_sociale'].meaning, "Raison sociale de l'adhérent");
  assert.match(byField.role.meaning, /^Cabinet comptable/);
  assert.equal(byField.admin.value, 'non');
  assert.equal(byField.colleges.value, 'Ouvrier, Cadre');
  assert.match(byField.via.meaning, /90001-001-01$/);
});

test('rights are named and grouped as the catalogue does, unknown keys last', () => {
  const { rights } = explainClaim(claims, catalogue);
  assert.deepEqual(rights.map((g) => g.label), ['Mon espace adhérent', 'Hors catalogue']);
  assert.deepEqual(rights[0].rights.map((r) => `${r.label}: ${r.mode}`), ['Mes comptes bancaires: Mise à jour', 'Situation de compte: Consultation']);
});

test('a narrowed delegation shows as the rights that changed', () => {
  assert.deepEqual(rightsChanges({ planning: 'consultation', 'comptes-bancaires': 'mise_a_jour' }, { 'comptes-bancaires': 'consultation' }, catalogue),
    ['Mes comptes bancaires : Mise à jour → Consultation', 'Mon planning : Consultation → Aucun droit']);
});

test('a salarié is described by the salarié block', () => {
  const { lines, rights } = explainClaim({ cibtp: { espace: 'salarie', salarie: { identifiant: '1000457821', nom: 'DUBOIS', prenom: 'KARIM' } } }, catalogue);
  assert.deepEqual(lines.map((l) => l.value), ['salarie', '1000457821', 'DUBOIS', 'KARIM']);
  assert.deepEqual(rights, []);
});

test('values written into pages are escaped', () => {
  assert.equal(html`<p>${'<script>"'}</p>`.toString(), '<p>&lt;script&gt;&quot;</p>');
});

test('an administrator\'s "*" reads as every feature at its highest mode', () => {
  const { rights } = explainClaim({ cibtp: { ...claims.cibtp, role: 'administrateur', admin: true, droits: '*' } }, catalogue);
  const all = rights.flatMap((g) => g.rights);
  assert.equal(all.length, 17);
  assert.equal(all.find((r) => r.key === 'comptes-bancaires').mode, 'Mise à jour');
  assert.equal(all.find((r) => r.key === 'situation-compte').mode, 'Consultation');
  assert.deepEqual(rightsChanges('*', '*', catalogue), []);
  assert.ok(rightsChanges('*', { 'situation-compte': 'consultation' }, catalogue).includes('Mes comptes bancaires : Mise à jour → Aucun droit'));
});

test('amr in words: the sign-in, then the step-up', () => {
  assert.equal(methodsInWords(['pwd', 'sms']), 'mot de passe, puis code reçu par SMS');
  assert.equal(methodsInWords(['hwk']), 'clé d’accès');
  assert.equal(methodsInWords(undefined), '');
});
