package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** Association step 2/2: the sign-in details of the existing space the new site joins. */
public class AssociationPage extends CibtpPage {

    public AssociationPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-enrollment-association";
    }

    public EnrollmentDonePage signIn(String email, String password) {
        return signIn(email, password, EnrollmentDonePage.class);
    }

    /** Types the existing space's address and password, then "Valider"; {@code next} is this page again when refused. */
    public <P extends CibtpPage> P signIn(String email, String password, Class<P> next) {
        fill("username", email);
        fill("password", password);
        return follow("cibtp-validate", next);
    }
}
