import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Sessions } from '../src/sessions.js';

function response() {
  const headers = {};
  return { headers, setHeader: (name, value) => { headers[name] = value; } };
}

const request = (id) => ({ headers: { cookie: id ? `portail_test=${id}` : '' } });
const idOf = (res) => res.headers['Set-Cookie'].match(/portail_test=([^;]+)/)[1];

test('signing in gives the session a new id: the id held before opens nothing', () => {
  const sessions = new Sessions('portail_test');
  const first = response();
  const session = sessions.of(request(null), first);
  const planted = idOf(first);
  const csrf = session.csrf;
  session.tokens = { access_token: 'a' };

  const signedIn = response();
  sessions.rotate(session, signedIn);
  assert.notEqual(idOf(signedIn), planted);
  assert.notEqual(session.csrf, csrf);
  assert.equal(sessions.of(request(idOf(signedIn)), response()), session);
  assert.equal(sessions.of(request(planted), response()).tokens, undefined, 'the planted id is a stranger now');
});
