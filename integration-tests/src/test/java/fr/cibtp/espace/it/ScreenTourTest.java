package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.DelegationFormPage;
import fr.cibtp.espace.it.support.Accessibility;
import fr.cibtp.espace.it.support.Chromium;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.Journeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * Every screen of the product, and every email it sends, in Debian's Chromium on a desktop (1280 px) and on a phone
 * (360 px): axe-core finds no WCAG 2.1 AA violation, nothing scrolls sideways, no button is drawn in two pieces, no
 * phone number on two lines, no control is drawn over another, primary and secondary buttons are in the space's colour, and a screenshot is kept in
 * target/screenshots/screens/ (scripts/copy-screens copies them to docs/screens/ for the README). One browser for the
 * tour: each screen is reached afresh by {@link Journeys} on a desktop-sized screen, checked, then the screen is
 * resized to a phone's and the same page checked again. Every screen is checked even when another fails. The tour's
 * Chromium speaks French; the delegation form's date fields are checked once more in an English one.
 */
@KeycloakIntegrationTest
class ScreenTourTest {

    private static final int DESKTOP = 1280;
    private static final int DESKTOP_HEIGHT = 900;
    private static final int PHONE = 360;
    private static final int PHONE_HEIGHT = 800;
    private static final ZoneId CAISSE_ZONE = ZoneId.of("Europe/Paris");
    private static final Path SCREEN_LIST = Path.of("target", "screenshots", "screens", "screens.md");

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectMailServer
    MailServer mail;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @InjectAdminClient
    Keycloak admin;

    /** The look a screen is drawn in. */
    enum Look {
        ENTREPRISE("entreprise (violet)"), SALARIE("salarié (bleu)"), COURRIEL("courriel");

        final String label;

        Look(String label) {
            this.label = label;
        }
    }

    /** A screen: its file name, its name in French, its look, and how to reach it. */
    record Screen(String name, String title, Look look, Visit visit) {
    }

    @FunctionalInterface
    interface Visit {
        CibtpPage reach();
    }

    /** Every screen, in the order a person meets them. A new screen is one line here. */
    private static List<Screen> screens(Journeys go) {
        return List.of(
                // Sign-in and enrollment, espace entreprise
                new Screen("connexion", "Connexion", Look.ENTREPRISE, () -> go.signIn(CibtpRealm.ENTREPRISE)),
                new Screen("questionnaire", "Aide à la création : qui êtes-vous ?", Look.ENTREPRISE, go::questionnaire),
                new Screen("questionnaire-cabinet", "Aide à la création : cabinet comptable", Look.ENTREPRISE,
                        () -> go.questionnaire().answerCabinet()),
                new Screen("questionnaire-salarie", "Aide à la création : salarié (étape 1)", Look.ENTREPRISE,
                        () -> go.questionnaire().answerSalarie()),
                new Screen("creation-etape-1", "Création, étape 1 : identifiant, SIRET, code", Look.ENTREPRISE, go::enrollmentStep1),
                new Screen("creation-etape-2", "Création, étape 2 : informations de connexion", Look.ENTREPRISE, go::enrollmentStep2),
                new Screen("creation-etape-2-certification", "Création, étape 2 : « Certifier » le téléphone mobile", Look.ENTREPRISE,
                        go::enrollmentCertification),
                new Screen("creation-finalisation", "Finalisation de l'ouverture de compte", Look.ENTREPRISE, go::enrolled),
                new Screen("creation-courriel-non-envoye", "Compte créé, courriel d'activation non envoyé", Look.ENTREPRISE,
                        go::enrolledWithoutMail),
                new Screen("activation-confirmation", "Lien d'activation ouvert dans un autre navigateur", Look.ENTREPRISE,
                        go::activationLinkElsewhere),
                new Screen("activation-terminee", "Compte activé", Look.ENTREPRISE, go::activated),
                new Screen("association-etape-1", "Association d'un site : identifiant, SIRET, code", Look.ENTREPRISE, go::associationStep1),
                new Screen("association-etape-2", "Association d'un site : espace existant", Look.ENTREPRISE, go::associationStep2),
                new Screen("association-terminee", "Association effectuée", Look.ENTREPRISE, go::associated),
                // Site choice
                new Screen("choix-du-site", "Choix de l'adhérent et du site déclarant (3 sites)", Look.ENTREPRISE, () -> go.siteChoice(3)),
                new Screen("choix-du-site-10000", "Choix de l'adhérent et du site déclarant (10 000 sites)", Look.ENTREPRISE,
                        () -> go.siteChoice(10_000)),
                new Screen("choix-du-site-aucun", "Aucun site déclarant", Look.ENTREPRISE, go::noSite),
                new Screen("changer-de-tiers", "Changer de tiers", Look.ENTREPRISE, go::switchSite),
                // Forgot password
                new Screen("mot-de-passe-oublie", "Mot de passe oublié : quelle est votre situation ?", Look.ENTREPRISE,
                        () -> go.forgotPassword(CibtpRealm.ENTREPRISE)),
                new Screen("reinitialisation", "Réinitialisation du mot de passe par courriel", Look.ENTREPRISE, go::resetByEmail),
                new Screen("reinitialisation-envoyee", "Lien de réinitialisation envoyé", Look.ENTREPRISE, go::resetLinkSent),
                new Screen("nouveau-mot-de-passe", "Nouveau mot de passe", Look.ENTREPRISE, go::newPassword),
                new Screen("demande-de-code", "Demande d'un nouveau code confidentiel", Look.ENTREPRISE, go::codeRequest),
                new Screen("demande-de-code-enregistree", "Demande de code enregistrée", Look.ENTREPRISE, go::codeRequested),
                // SMS
                new Screen("certification-mobile", "Certification du téléphone mobile : numéro", Look.ENTREPRISE, go::phoneCertification),
                new Screen("certification-mobile-code", "Certification du téléphone mobile : code", Look.ENTREPRISE,
                        go::phoneCertificationCode),
                new Screen("code-sms", "Code de sécurité par SMS", Look.ENTREPRISE, go::smsStepUp),
                new Screen("mobile-non-certifie", "Téléphone mobile non certifié", Look.ENTREPRISE, go::noCertifiedMobile),
                new Screen("confirmation-mobile", "Confirmation par le mobile certifié", Look.ENTREPRISE, go::mobileConfirmation),
                new Screen("confirmation-mobile-code", "Confirmation par le mobile certifié : code", Look.ENTREPRISE,
                        () -> go.mobileConfirmation().sendCode()),
                // Email address
                new Screen("recertification-courriel", "Certification de l'adresse électronique (délai de grâce)", Look.ENTREPRISE,
                        go::recertificationNotice),
                new Screen("recertification-courriel-requise", "Certification de l'adresse électronique requise", Look.ENTREPRISE,
                        go::recertificationRequired),
                new Screen("changement-courriel", "Modifier mon adresse électronique", Look.ENTREPRISE, go::emailChange),
                new Screen("changement-courriel-attente", "Modification d'adresse en attente du lien", Look.ENTREPRISE,
                        go::emailChangePending),
                new Screen("changement-courriel-annule", "Modification d'adresse annulée", Look.ENTREPRISE, go::emailChangeCancelled),
                new Screen("changement-courriel-nouvelle-confirmee", "Nouvelle adresse confirmée, en attente de l'ancienne",
                        Look.ENTREPRISE, go::emailChangeWaiting),
                new Screen("changement-courriel-confirme", "Nouvelle adresse confirmée", Look.ENTREPRISE, go::emailChanged),
                // Mon compte utilisateur
                new Screen("mon-compte", "Mon compte utilisateur : connexion et contact", Look.ENTREPRISE,
                        () -> go.myAccount(CibtpRealm.ENTREPRISE)),
                new Screen("mon-compte-contact", "Mon compte utilisateur : modifier contact", Look.ENTREPRISE,
                        () -> go.myAccount(CibtpRealm.ENTREPRISE).changeContact()),
                new Screen("cle-acces-ajout", "Mon compte utilisateur : ajouter une clé d'accès", Look.ENTREPRISE, go::passkeyRegistration),
                new Screen("cle-acces-confirmation", "Confirmation par clé d'accès ou code SMS", Look.ENTREPRISE, go::passkeyStepUp),
                new Screen("cle-acces-suppression", "Mon compte utilisateur : supprimer une clé d'accès", Look.ENTREPRISE, go::passkeyRemoval),
                new Screen("mon-compte-notifications", "Mon compte utilisateur : notification des documents", Look.ENTREPRISE,
                        () -> go.myAccount(CibtpRealm.ENTREPRISE).documentNotices()),
                new Screen("notification-des-documents", "Notification des documents : par courriel, par SMS", Look.ENTREPRISE,
                        () -> go.myAccount(CibtpRealm.ENTREPRISE).documentNotices().changeDocumentNotices()),
                // Gérer les droits d'accès
                new Screen("droits-acces", "Gérer les droits d'accès", Look.ENTREPRISE, go::rights),
                new Screen("droits-ajout", "Ajout de délégation", Look.ENTREPRISE, go::addDelegation),
                new Screen("droits-visualisation", "Visualisation de délégation", Look.ENTREPRISE, go::viewDelegation),
                new Screen("droits-fermeture", "Fermeture de délégation", Look.ENTREPRISE, go::closeDelegation),
                new Screen("droits-code-sms", "Gérer les droits d'accès : code SMS avant d'accorder des droits", Look.ENTREPRISE,
                        go::addDelegationAskingTheSmsCode),
                new Screen("droits-cabinet-delegation", "Déléguer à mon cabinet comptable", Look.ENTREPRISE, go::delegateToCabinet),
                new Screen("droits-cabinet", "Délégation au cabinet comptable en cours", Look.ENTREPRISE, go::cabinetDelegated),
                // Espace salarié
                new Screen("connexion-salarie", "Connexion (salarié)", Look.SALARIE, () -> go.signIn(CibtpRealm.SALARIE)),
                new Screen("creation-salarie-etape-1", "Création, étape 1 : identifiant et code (salarié)", Look.SALARIE, go::salarieStep1),
                new Screen("creation-salarie-etape-2", "Création, étape 2 : informations de connexion (salarié)", Look.SALARIE,
                        go::salarieStep2),
                new Screen("creation-salarie-finalisation", "Finalisation de l'ouverture de compte (salarié)", Look.SALARIE,
                        () -> go.enrolled(go::salarieStep2, CibtpRealm.uniqueEmail("visite-salarie"))),
                new Screen("mot-de-passe-oublie-salarie", "Mot de passe oublié (salarié)", Look.SALARIE,
                        () -> go.forgotPassword(CibtpRealm.SALARIE)),
                new Screen("mon-compte-salarie", "Mon compte utilisateur (salarié)", Look.SALARIE, () -> go.myAccount(CibtpRealm.SALARIE)),
                // Emails
                // ProConnect on (its stand-in) from here to the end of the tour: the sign-in pages come before.
                new Screen("connexion-proconnect", "Connexion, ProConnect ouvert par la caisse", Look.ENTREPRISE, go::signInWithProConnectOn),
                new Screen("proconnect-liaison", "Première connexion avec ProConnect : relier à son espace", Look.ENTREPRISE, go::proConnectLink),
                new Screen("courriel-activation", "Courriel d'activation du compte", Look.COURRIEL,
                        () -> go.mail("courriel-activation", go::activationMail)),
                new Screen("courriel-recertification", "Courriel de renouvellement de la certification de l'adresse", Look.COURRIEL,
                        () -> go.mail("courriel-recertification", go::recertificationMail)),
                new Screen("courriel-reinitialisation", "Courriel de réinitialisation du mot de passe", Look.COURRIEL,
                        () -> go.mail("courriel-reinitialisation", go::resetMail)),
                new Screen("courriel-changement-lien", "Courriel de confirmation de la nouvelle adresse", Look.COURRIEL,
                        () -> go.mail("courriel-changement-lien", go::emailChangeLinkMail)),
                new Screen("courriel-changement-demande", "Courriel à l'ancienne adresse : modification demandée", Look.COURRIEL,
                        () -> go.mail("courriel-changement-demande", go::emailChangeRequestedMail)),
                new Screen("courriel-changement-effectue", "Courriel à l'ancienne adresse : adresse modifiée", Look.COURRIEL,
                        () -> go.mail("courriel-changement-effectue", go::emailChangedMail)),
                new Screen("courriel-invitation", "Courriel d'invitation d'un délégué", Look.COURRIEL,
                        () -> go.mail("courriel-invitation", go::invitationMail)),
                new Screen("courriel-droits-accordes", "Courriel : des droits ont été accordés sur votre site", Look.COURRIEL,
                        () -> go.mail("courriel-droits-accordes", go::grantNoticeMail)),
                new Screen("courriel-nouveau-titulaire", "Courriel : un autre compte a ouvert l'accès à votre espace", Look.COURRIEL,
                        () -> go.mail("courriel-nouveau-titulaire", go::newHolderMail)),
                new Screen("courriel-fin-de-delegation", "Courriel : délégation bientôt terminée", Look.COURRIEL,
                        () -> go.mail("courriel-fin-de-delegation", go::delegationEndingMail)),
                new Screen("courriel-mobile-perdu", "Courriel : mobile perdu, lien de remplacement", Look.COURRIEL,
                        () -> go.mail("courriel-mobile-perdu", go::mobileResetMail)),
                new Screen("courriel-mobile-modifie", "Courriel : mobile certifié modifié", Look.COURRIEL,
                        () -> go.mail("courriel-mobile-modifie", go::mobileChangedMail)),
                new Screen("courriel-cle-acces-ajoutee", "Courriel : clé d'accès ajoutée", Look.COURRIEL,
                        () -> go.mail("courriel-cle-acces-ajoutee", go::passkeyAddedMail)));
    }

    @BeforeEach
    void smsGateway() {
        CibtpRealm.useSmsStandIn(realm, operator);
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void everyScreenAt1280And360Pixels() throws IOException {
        ManagedWebDriver browser = new ManagedWebDriver(Chromium.phone(DESKTOP, DESKTOP_HEIGHT));
        try {
            Journeys go = new Journeys(realm, runOnServer, mail, browser, operator, admin);
            try {
                List<Screen> screens = screens(go);
                writeScreenList(screens);
                assertAll(screens.stream().map(screen -> (Executable) () -> check(browser, screen)));
            } finally {
                go.closeProConnect();
            }
        } finally {
            browser.driver().quit();
        }
    }

    /**
     * The date fields once more in an English Chromium, whose own date picker would say mm/dd/yyyy: the delegation form
     * still asks for, and shows, the guide's day first.
     */
    @Test
    void theDateFieldsInAnEnglishBrowser() throws IOException {
        ManagedWebDriver english = new ManagedWebDriver(Chromium.phone(PHONE, PHONE_HEIGHT, "en-US"));
        try {
            DelegationFormPage form = new Journeys(realm, runOnServer, mail, english, operator, admin).addDelegation();
            String today = LocalDate.now(CAISSE_ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertEquals(List.of("text", today, "dd/mm/yyyy"), form.dateField("date_effet"));
            assertEquals(List.of("text", "", "dd/mm/yyyy"), form.dateField("date_fin"));
            Chromium.wholePage(english.driver(), "screens-english/droits-ajout-" + PHONE);
        } finally {
            english.driver().quit();
        }
    }

    /** Reaches the screen on a desktop, then checks it there and on a phone. */
    private static void check(ManagedWebDriver browser, Screen screen) throws IOException {
        Chromium.resize(browser.driver(), DESKTOP, DESKTOP_HEIGHT);
        CibtpPage page;
        try {
            page = screen.visit().reach();
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError(screen.name() + ": not reached: " + e.getMessage(), e);
        }
        List<Executable> checks = new ArrayList<>();
        for (int[] size : new int[][] {{DESKTOP, DESKTOP_HEIGHT}, {PHONE, PHONE_HEIGHT}}) {
            int width = size[0];
            Chromium.resize(browser.driver(), width, size[1]);
            long viewport = page.viewportWidth();
            long overflow = page.sidewaysOverflow();
            List<String> violations = Accessibility.violations(browser.driver());
            List<String> split = page.splitButtons();
            List<String> splitNumbers = page.splitPhoneNumbers();
            List<String> offColour = page.buttonsOutOfColour();
            List<String> overlapping = page.overlappingControls();
            Chromium.wholePage(browser.driver(), "screens/" + screen.name() + "-" + width);
            checks.add(() -> assertEquals(width, viewport, "at " + width + " px, the page is laid out " + viewport + " px wide"));
            checks.add(() -> assertTrue(overflow <= 0, "at " + width + " px, the page scrolls sideways by " + overflow + " px"));
            checks.add(() -> assertEquals(List.of(), violations, "at " + width + " px, axe-core, WCAG 2.1 AA"));
            checks.add(() -> assertEquals(List.of(), split, "at " + width + " px, buttons drawn in more than one piece"));
            checks.add(() -> assertEquals(List.of(), splitNumbers, "at " + width + " px, phone numbers drawn on two lines"));
            checks.add(() -> assertEquals(List.of(), offColour, "at " + width + " px, buttons not in the space's colour"));
            checks.add(() -> assertEquals(List.of(), overlapping, "at " + width + " px, controls drawn over one another"));
        }
        assertAll(screen.name(), checks);
    }

    /** The table of screens, which scripts/copy-screens puts in docs/screens.md. */
    private static void writeScreenList(List<Screen> screens) throws IOException {
        String rows = screens.stream().map(s -> "| " + s.title() + " | " + s.look().label + " | <img src=\"screens/" + s.name()
                + "-1280.png\" alt=\"" + s.title().replace("\"", "") + ", 1280 px\" width=\"400\"> | [360 px](screens/" + s.name()
                + "-360.png) |").collect(Collectors.joining("\n"));
        Files.createDirectories(SCREEN_LIST.getParent());
        Files.writeString(SCREEN_LIST, "| écran | espace | 1280 px | téléphone |\n| --- | --- | --- | --- |\n" + rows + "\n");
    }
}
