package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

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
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("cibtp-validate")).click();
        return next(EnrollmentDonePage.class);
    }
}
