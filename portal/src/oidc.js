import * as client from 'openid-client';

/** The space's OIDC client, discovered from Keycloak on first use (and again after a failed discovery). */
export function oidcClient(space) {
  let discovered;
  const config = () => {
    discovered ??= client.discovery(new URL(space.issuer), space.clientId, space.secret, undefined, {
      // Keycloak answers over plain http on a developer's machine only.
      execute: space.issuer.startsWith('http:') ? [client.allowInsecureRequests] : [],
    }).catch((error) => {
      discovered = undefined;
      throw error;
    });
    return discovered;
  };
  const redirectUri = `${space.origin}/callback`;

  return {
    /** An authorization request (code flow, PKCE S256, state and nonce kept in the session); {@code extra} adds acr_values or kc_action. */
    async signInUrl(session, returnTo, extra = {}) {
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      session.pending.set(state, { verifier, nonce, returnTo });
      return client.buildAuthorizationUrl(await config(), {
        redirect_uri: redirectUri,
        // phone: Keycloak's optional scope that adds phone_number and phone_number_verified.
        scope: 'openid phone',
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        ui_locales: 'fr',
        ...extra,
      }).href;
    },

    /** Redeems the code Keycloak sent back to {@code url}; answers where to go next. */
    async finishSignIn(session, url) {
      const state = url.searchParams.get('state');
      const pending = session.pending.get(state);
      if (!pending) throw new Error('unknown-state');
      session.pending.delete(state);
      const tokens = await client.authorizationCodeGrant(await config(), url, {
        pkceCodeVerifier: pending.verifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      keep(session, tokens);
      return pending.returnTo;
    },

    /** A refresh grant: new tokens carry the rights as they are now. */
    async refresh(session) {
      keep(session, await client.refreshTokenGrant(await config(), session.tokens.refresh_token));
    },

    /** RP-initiated logout at Keycloak, back to {@code returnTo}. */
    async signOutUrl(session, returnTo) {
      return client.buildEndSessionUrl(await config(), {
        id_token_hint: session.tokens.id_token,
        post_logout_redirect_uri: `${space.origin}${returnTo}`,
      }).href;
    },
  };
}

function keep(session, tokens) {
  session.tokens = {
    access_token: tokens.access_token,
    refresh_token: tokens.refresh_token ?? session.tokens?.refresh_token,
    id_token: tokens.id_token ?? session.tokens?.id_token,
    expiresAt: Date.now() + (tokens.expiresIn() ?? 0) * 1000,
  };
  session.claims = tokens.claims() ?? session.claims;
}
