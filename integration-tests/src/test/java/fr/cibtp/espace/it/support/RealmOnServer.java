package fr.cibtp.espace.it.support;

import org.keycloak.testframework.remote.providers.runonserver.RunOnServer;

/** Realm settings changed inside the server, as an administrator would in the admin console. */
public final class RealmOnServer {

    private RealmOnServer() {
    }

    /** Realm settings → General → Frontend URL; null removes it. */
    public static RunOnServer frontendUrl(String url) {
        return session -> {
            if (url == null) {
                session.getContext().getRealm().removeAttribute("frontendUrl");
            } else {
                session.getContext().getRealm().setAttribute("frontendUrl", url);
            }
        };
    }
}
