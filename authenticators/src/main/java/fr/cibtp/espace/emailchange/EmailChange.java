package fr.cibtp.espace.emailchange;

import org.keycloak.models.UserModel;

/** Where a change of address stands: the new address waiting for its link is a user attribute. */
final class EmailChange {

    /** User attribute: the new address waiting for its link to be clicked. */
    static final String PENDING = "emailChangePending";

    private EmailChange() {
    }

    static String pending(UserModel user) {
        return user.getFirstAttribute(PENDING);
    }
}
