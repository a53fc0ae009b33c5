package fr.cibtp.espace.settings;

import org.keycloak.models.ClientModel;

/** Which space a portal belongs to: the client attribute {@value #ATTRIBUTE}, {@code entreprise} (default) or {@code salarie}. */
public final class ClientSpace {

    public static final String ATTRIBUTE = "cibtp.espace";

    private ClientSpace() {
    }

    public static boolean isSalarie(ClientModel client) {
        return client != null && "salarie".equals(client.getAttribute(ATTRIBUTE));
    }
}
