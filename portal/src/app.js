import { readFileSync } from 'node:fs';
import { oidcClient } from './oidc.js';
import { Sessions } from './sessions.js';
import { readRights, rightsChanges } from './claim.js';
import { BANK_DETAILS_MAX_AGE, recentSecondFactor } from './stepup.js';
import * as pages from './pages.js';

const STATIC = {
  '/static/portail.css': ['text/css; charset=utf-8', readFileSync(new URL('../public/portail.css', import.meta.url))],
  '/static/portail.js': ['text/javascript; charset=utf-8', readFileSync(new URL('../public/portail.js', import.meta.url))],
};

const TIME = { timeZone: 'Europe/Paris' };

/** The request handler of one space's portal. */
export function portal(space, catalogue) {
  const sessions = new Sessions(`portail_${space.key}`);
  const oidc = oidcClient(space);
  const security = [
    "default-src 'self'",
    `connect-src 'self' ${space.keycloak}`,
    // The sign-out form leads to Keycloak: form-action also guards the redirect that follows a form.
    `form-action 'self' ${space.keycloak}`,
    "frame-ancestors 'none'",
  ].join('; ');

  const send = (response, status, body, type = 'text/html; charset=utf-8') => {
    response.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': security, 'Cache-Control': 'no-store' });
    response.end(body);
  };
  const redirect = (response, location) => {
    response.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
    response.end();
  };
  const signIn = async (response, session, returnTo, extra) => redirect(response, await oidc.signInUrl(session, returnTo, extra));

  const routes = {
    'GET /': async (req, res, session) => {
      const message = session.flash;
      delete session.flash;
      send(res, 200, session.tokens ? pages.home(space, session, catalogue, message) : pages.welcome(space, message));
    },
    'GET /connexion': (req, res, session) => signIn(res, session, '/'),
    'GET /callback': async (req, res, session, url) => {
      if (url.searchParams.has('error')) {
        session.pending.delete(url.searchParams.get('state'));
        session.flash = { text: "Keycloak n'a pas donné suite à la demande : rien n'a changé." };
        return redirect(res, '/');
      }
      const next = await oidc.finishSignIn(session, url);
      // A new session id once signed in: an id planted in the browser before (session fixation) signs nobody in.
      sessions.rotate(session, res);
      redirect(res, next);
    },
    'GET /changer-de-tiers': (req, res, session) => signIn(res, session, '/', { kc_action: 'cibtp-switch-site' }),
    'GET /coordonnees-bancaires': (req, res, session) => bankDetails(res, session, null),
    'POST /coordonnees-bancaires': (req, res, session, url, form) =>
      bankDetails(res, session, String(form.get('iban') || '').replace(/\s/g, '').slice(-4) || '…'),
    'POST /rafraichir': async (req, res, session) => {
      const before = session.claims.cibtp?.droits;
      await oidc.refresh(session);
      const changes = rightsChanges(before, session.claims.cibtp?.droits, catalogue);
      const at = new Date().toLocaleTimeString('fr-FR', TIME);
      session.flash = { text: `Jeton rafraîchi à ${at}. ${changes.length ? 'Vos droits ont changé :' : 'Vos droits sont inchangés.'}`, changes };
      redirect(res, '/');
    },
    'POST /deconnexion': async (req, res, session) => {
      const location = await oidc.signOutUrl(session, '/au-revoir');
      sessions.signOut(session);
      redirect(res, location);
    },
    'GET /au-revoir': (req, res) => send(res, 200, pages.goodbye(space)),
    'GET /jeton': async (req, res, session) => {
      // The page's script calls the delegation API itself, with the access token it asks for here (same origin only).
      if (session.tokens.expiresAt < Date.now() + 10_000) await oidc.refresh(session);
      send(res, 200, JSON.stringify({ access_token: session.tokens.access_token }), 'application/json');
    },
  };
  const open = new Set(['GET /', 'GET /connexion', 'GET /callback', 'GET /au-revoir']);

  // A sensitive page: the right to update bank accounts (entreprise), then a recent sign-in at level sms
  // (max_age makes Keycloak sign the user in again, password and code, when its sign-in is older).
  async function bankDetails(res, session, done) {
    const droits = readRights(session.claims.cibtp?.droits, catalogue);
    if (space.key === 'entreprise' && droits['comptes-bancaires'] !== 'mise_a_jour') {
      return send(res, 403, pages.noRight(space, session));
    }
    if (!recentSecondFactor(session.claims, Math.floor(Date.now() / 1000))) {
      return signIn(res, session, '/coordonnees-bancaires', { acr_values: 'sms', max_age: String(BANK_DETAILS_MAX_AGE) });
    }
    send(res, 200, pages.bankDetails(space, session, done));
  }

  return async (req, res) => {
    const url = new URL(req.url, space.origin);
    const route = `${req.method} ${url.pathname}`;
    if (req.method === 'GET' && STATIC[url.pathname]) {
      const [type, content] = STATIC[url.pathname];
      return send(res, 200, content, type);
    }
    const handler = routes[route];
    if (!handler) return send(res, 404, pages.failure(space, null, "Cette page n'existe pas."));
    const session = sessions.of(req, res);
    try {
      if (!open.has(route) && !session.tokens) return redirect(res, '/');
      const form = req.method === 'POST' ? new URLSearchParams(await body(req)) : null;
      if (form && form.get('csrf') !== session.csrf) return send(res, 403, pages.failure(space, session, 'Cette page a expiré : recommencez.'));
      await handler(req, res, session, url, form);
    } catch (error) {
      console.error(`${route}: ${error.message}`);
      if (error.error === 'invalid_grant') sessions.signOut(session);
      send(res, 502, pages.failure(space, session.tokens ? session : null, explain(error)));
    }
  };
}

function explain(error) {
  if (error.error === 'invalid_grant') {
    return 'Votre session Keycloak a pris fin (délégation fermée, déconnexion ou expiration) : connectez-vous à nouveau.';
  }
  if (error.message === 'unknown-state') return 'Cette demande de connexion a expiré : recommencez.';
  return "Keycloak n'a pas répondu comme prévu : réessayez dans un instant.";
}

async function body(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 10_000) throw new Error('body too large');
  }
  return text;
}
