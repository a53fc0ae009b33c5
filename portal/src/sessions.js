import { randomBytes } from 'node:crypto';

// Tokens stay on the server; the browser holds only a random session id (HttpOnly cookie).
// Cookies ignore ports, so each space names its own cookie: localhost:3000 and :3001 would share one otherwise.
export class Sessions {
  constructor(cookieName) {
    this.cookieName = cookieName;
    this.byId = new Map();
  }

  /** The session of the request, created (and its cookie set on {@code response}) when missing. */
  of(request, response) {
    const id = readCookie(request.headers.cookie, this.cookieName);
    if (id && this.byId.has(id)) return this.byId.get(id);
    const session = { id: randomBytes(24).toString('base64url'), csrf: randomBytes(24).toString('base64url'), pending: new Map() };
    this.byId.set(session.id, session);
    response.setHeader('Set-Cookie', this.cookie(session.id));
    return session;
  }

  cookie(id) {
    return `${this.cookieName}=${id}; Path=/; HttpOnly; SameSite=Lax`;
  }

  /** Gives the session a new id (and form token), set as the cookie of {@code response}; the old id opens nothing. */
  rotate(session, response) {
    this.byId.delete(session.id);
    session.id = randomBytes(24).toString('base64url');
    session.csrf = randomBytes(24).toString('base64url');
    this.byId.set(session.id, session);
    response.setHeader('Set-Cookie', this.cookie(session.id));
  }

  /** Forgets the session's sign-in, keeping the session itself for the next one. */
  signOut(session) {
    delete session.tokens;
    delete session.claims;
    session.pending.clear();
  }
}

function readCookie(header, name) {
  for (const part of (header || '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}
