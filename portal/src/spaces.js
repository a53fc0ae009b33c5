// The two portals of the caisse: each one is an OIDC client of the cibtp realm, on its own port.
export const SPACES = [
  {
    key: 'entreprise',
    clientId: 'espace-entreprise',
    port: 3000,
    title: 'Espace sécurisé entreprise',
    secretVariable: 'ESPACE_ENTREPRISE_SECRET',
    accountQuery: '',
    rightsPage: true,
  },
  {
    key: 'salarie',
    clientId: 'espace-salarie',
    port: 3001,
    title: 'Espace sécurisé salarié',
    secretVariable: 'ESPACE_SALARIE_SECRET',
    accountQuery: '?espace=salarie',
    rightsPage: false,
  },
];

/** The spaces whose client secret is given in the environment, with Keycloak's addresses. */
export function configuredSpaces(env) {
  const keycloak = (env.KEYCLOAK_URL || 'http://localhost:8080').replace(/\/$/, '');
  const realm = `${keycloak}/realms/cibtp`;
  return SPACES.filter((space) => env[space.secretVariable]).map((space) => ({
    ...space,
    secret: env[space.secretVariable],
    origin: `http://localhost:${space.port}`,
    keycloak,
    issuer: realm,
    accountUrl: `${realm}/cibtp-compte/mon-compte${space.accountQuery}`,
    rightsUrl: space.rightsPage ? `${realm}/cibtp-delegations/droits-acces` : null,
    sitesApi: `${realm}/cibtp-delegations/sites`,
  }));
}
