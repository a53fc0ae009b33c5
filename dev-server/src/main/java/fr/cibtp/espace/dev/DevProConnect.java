package fr.cibtp.espace.dev;

/**
 * Dev only: what makes "S'identifier avec ProConnect" work on the dev server, which reaches no ProConnect. A realm
 * {@value #REALM} answers as ProConnect does (a client for the caisse, ProConnect's scopes, one person whose
 * organisation is the demo site of Metz), and the caisse's "proconnect" provider is pointed at it and turned on.
 */
final class DevProConnect {

    static final String REALM = "proconnect-demo";
    static final String USERNAME = "paule.martin";
    static final String PASSWORD = "ProConnect-Demo-2026";
    /** BÂTIR DU GRAND EST - METZ in dev-server/registry-sample.ndjson. */
    static final String SIRET = "32483899499750";
    private static final String CLIENT = "cibtp-espace-securise";
    private static final String SECRET = "proconnect-demo-secret";

    private DevProConnect() {
    }

    static String realm() {
        return "{\"realm\":\"" + REALM + "\",\"enabled\":true,\"displayName\":\"ProConnect (démonstration)\",\"users\":[{\"username\":\""
                + USERNAME + "\",\"email\":\"paule.martin@exemple.fr\",\"emailVerified\":true,\"firstName\":\"Paule\",\"lastName\":\"Martin\","
                + "\"enabled\":true,\"credentials\":[{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}]}]}";
    }

    /** The scopes the caisse asks that a realm lacks: given_name, usual_name, and siret with its claim. */
    static String[] scopes() {
        return new String[] {scope("given_name", ""), scope("usual_name", ""), scope("siret",
                ",\"protocolMappers\":[{\"name\":\"siret\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-hardcoded-claim-mapper\","
                        + "\"config\":{\"claim.name\":\"siret\",\"claim.value\":\"" + SIRET + "\",\"jsonType.label\":\"String\","
                        + "\"userinfo.token.claim\":\"true\",\"id.token.claim\":\"true\",\"access.token.claim\":\"false\"}}]")};
    }

    static String client(String base) {
        return "{\"clientId\":\"" + CLIENT + "\",\"secret\":\"" + SECRET + "\",\"publicClient\":false,\"standardFlowEnabled\":true,"
                + "\"redirectUris\":[\"" + base + "/realms/cibtp/broker/proconnect/endpoint\"],"
                + "\"defaultClientScopes\":[\"email\",\"profile\"],\"optionalClientScopes\":[\"given_name\",\"usual_name\",\"siret\"]}";
    }

    /** The whole provider, as the realm file ships it but on and pointed at the demo realm (an update replaces all). */
    static String provider(String base) {
        String issuer = base + "/realms/" + REALM;
        return "{\"alias\":\"proconnect\",\"displayName\":\"ProConnect\",\"providerId\":\"oidc\",\"enabled\":true,\"trustEmail\":false,"
                + "\"storeToken\":false,\"linkOnly\":false,\"hideOnLogin\":false,"
                + "\"firstBrokerLoginFlowAlias\":\"cibtp proconnect premiere connexion\",\"postBrokerLoginFlowAlias\":\"cibtp proconnect connexion\","
                + "\"config\":{\"issuer\":\"" + issuer + "\",\"authorizationUrl\":\"" + issuer + "/protocol/openid-connect/auth\","
                + "\"tokenUrl\":\"" + issuer + "/protocol/openid-connect/token\",\"userInfoUrl\":\"" + issuer + "/protocol/openid-connect/userinfo\","
                + "\"jwksUrl\":\"" + issuer + "/protocol/openid-connect/certs\",\"logoutUrl\":\"" + issuer + "/protocol/openid-connect/logout\","
                + "\"useJwksUrl\":\"true\",\"validateSignature\":\"true\",\"clientId\":\"" + CLIENT + "\",\"clientSecret\":\"" + SECRET + "\","
                + "\"clientAuthMethod\":\"client_secret_post\",\"defaultScope\":\"openid email given_name usual_name siret\","
                + "\"pkceEnabled\":\"true\",\"pkceMethod\":\"S256\",\"syncMode\":\"IMPORT\",\"guiOrder\":\"1\"}}";
    }

    private static String scope(String name, String more) {
        return "{\"name\":\"" + name + "\",\"protocol\":\"openid-connect\",\"attributes\":{\"include.in.token.scope\":\"true\"}" + more + "}";
    }
}
