package fr.cibtp.espace.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import fr.cibtp.espace.it.pages.AccountCreationPage;
import fr.cibtp.espace.it.pages.AssociationPage;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.CloseDelegationPage;
import fr.cibtp.espace.it.pages.DelegationFormPage;
import fr.cibtp.espace.it.pages.DeleteCredentialPage;
import fr.cibtp.espace.it.pages.EmailChangePage;
import fr.cibtp.espace.it.pages.EmailRecertificationPage;
import fr.cibtp.espace.it.pages.EnrollmentDonePage;
import fr.cibtp.espace.it.pages.ForgotPasswordPage;
import fr.cibtp.espace.it.pages.IdentificationPage;
import fr.cibtp.espace.it.pages.InfoPage;
import fr.cibtp.espace.it.pages.MailPage;
import fr.cibtp.espace.it.pages.MobileConfirmationPage;
import fr.cibtp.espace.it.pages.MyAccountPage;
import fr.cibtp.espace.it.pages.NoMobilePage;
import fr.cibtp.espace.it.pages.PasskeyRegistrationPage;
import fr.cibtp.espace.it.pages.PhoneCertificationPage;
import fr.cibtp.espace.it.pages.ProConnectLinkPage;
import fr.cibtp.espace.it.pages.QuestionnairePage;
import fr.cibtp.espace.it.pages.ResetPasswordPage;
import fr.cibtp.espace.it.pages.RightsListPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.SiteChoicePage;
import fr.cibtp.espace.it.pages.SmsCodePage;
import fr.cibtp.espace.it.pages.UpdatePasswordPage;
import fr.cibtp.espace.it.pages.VerifyEmailPage;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.dev.SmsGatewayStandIn;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How a person reaches each screen of the product, from a browser that has signed in nowhere: each method starts
 * afresh (new accounts, new letters, no cookie) and returns the screen once the browser shows it. Emails are sent by
 * the same journeys, read from the test SMTP server and opened in the browser.
 */
public final class Journeys {

    public static final String PASSWORD = EnrollmentPages.PASSWORD;

    // What costs seconds to make and that no visit changes, made once for both screen widths.
    private static final Map<String, Path> MAILS = new ConcurrentHashMap<>();
    private static final Map<Integer, String> ACCOUNTS_WITH_SITES = new ConcurrentHashMap<>();
    private static final Path MAIL_FILES = Path.of("target", "mails");

    private final ManagedRealm realm;
    private final RunOnServerClient runOnServer;
    private final MailServer mail;
    private final ManagedWebDriver browser;
    private final RegistryApi registry;
    private final SmsGatewayStandIn operator;
    private final Keycloak admin;
    private ProConnectStandIn proConnect;

    public Journeys(ManagedRealm realm, RunOnServerClient runOnServer, MailServer mail, ManagedWebDriver browser, SmsGatewayStandIn operator,
                    Keycloak admin) {
        this.admin = admin;
        this.realm = realm;
        this.runOnServer = runOnServer;
        this.mail = mail;
        this.browser = browser;
        this.operator = operator;
        this.registry = new RegistryApi(realm);
    }

    // Sign-in

    /** The login page of a portal ({@link CibtpRealm#ENTREPRISE} or {@link CibtpRealm#SALARIE}), signed in nowhere. */
    public SignInPage signIn(String client) {
        forgetSignIns();
        return signInAgain(client, "");
    }

    /** The login page of a portal asking {@code extraParameters} ("&acr_values=sms"), signed in nowhere. */
    public SignInPage signIn(String client, String extraParameters) {
        forgetSignIns();
        return signInAgain(client, extraParameters);
    }

    // Enrollment

    public QuestionnairePage questionnaire() {
        return signIn(CibtpRealm.ENTREPRISE).startEnrollment();
    }

    public IdentificationPage enrollmentStep1() {
        return questionnaire().answerAdherent();
    }

    public AccountCreationPage enrollmentStep2() {
        Letters letters = siteLetters();
        return enrollmentStep1().fillLetter(letters.identifiant(), letters.siret(), letters.code()).submit();
    }

    public IdentificationPage salarieStep1() {
        return signIn(CibtpRealm.SALARIE).startSalarieEnrollment();
    }

    public AccountCreationPage salarieStep2() {
        Letters letters = Letters.salarie(registry, backOffice());
        return salarieStep1().fillLetter(letters.identifiant(), null, letters.code()).submit(AccountCreationPage.class);
    }

    /** "Finalisation de l'ouverture de compte" after step 2 of {@code step2}, filled in for {@code email}. */
    public VerifyEmailPage enrolled(Supplier<AccountCreationPage> step2, String email) {
        return filled(step2.get(), email).submit();
    }

    public VerifyEmailPage enrolled() {
        return enrolled(this::enrollmentStep2, CibtpRealm.uniqueEmail("visite"));
    }

    /** Step 2's "Certifier": the account is created, the code sent to the typed mobile is asked for. */
    public PhoneCertificationPage enrollmentCertification() {
        return enrollmentStep2().fillEmail(CibtpRealm.uniqueEmail("visite-certifier")).fillPassword(PASSWORD).fillPasswordConfirm(PASSWORD)
                .fillMobile(randomMobile()).certifyMobile();
    }

    /** Step 2 sent while the mail server is down: the account is created, the activation email is not. */
    public EnrollmentDonePage enrolledWithoutMail() {
        AccountCreationPage step2 = filled(enrollmentStep2(), CibtpRealm.uniqueEmail("visite-smtp"));
        EnrollmentDonePage[] done = new EnrollmentDonePage[1];
        CibtpRealm.withMailServerDown(realm, () -> done[0] = step2.submit(EnrollmentDonePage.class));
        return done[0];
    }

    /** The activation link opened in another browser (cookies gone): Keycloak asks to confirm first. */
    public InfoPage activationLinkElsewhere() {
        String email = CibtpRealm.uniqueEmail("visite-activation");
        enrolled(this::enrollmentStep2, email);
        String link = EnrollmentPages.lastLinkSentTo(mail, email);
        forgetSignIns();
        browser.open(link);
        return CibtpPage.on(browser, InfoPage.class);
    }

    public InfoPage activated() {
        return activationLinkElsewhere().follow();
    }

    public IdentificationPage associationStep1() {
        return signIn(CibtpRealm.ENTREPRISE).startAssociation();
    }

    public AssociationPage associationStep2() {
        Letters letters = siteLetters();
        return associationStep1().fillLetter(letters.identifiant(), letters.siret(), letters.code()).submit(AssociationPage.class);
    }

    public EnrollmentDonePage associated() {
        String email = account();
        return associationStep2().signIn(email, PASSWORD).stay();
    }

    /** Another account associates a site that already has a holder: the holder is told. */
    public String newHolderMail() {
        Letters letters = siteLetters();
        String first = account();
        runOnServer.run(RegistryOnServer.link(realm.admin().users().searchByEmail(first, true).get(0).getId(), PrecompteKind.SITE,
                letters.identifiant()));
        associationStep1().fillLetter(letters.identifiant(), letters.siret(), letters.code()).submit(AssociationPage.class)
                .signIn(account(), PASSWORD).stay();
        return first;
    }

    // Site choice

    /** The chooser of an account holding {@code sites} sites of one adhérent (made once for the tour). */
    public SiteChoicePage siteChoice(int sites) {
        String email = ACCOUNTS_WITH_SITES.computeIfAbsent(sites, count -> {
            String holder = CibtpRealm.uniqueEmail("visite-" + count + "-sites");
            Sites.linked(registry, runOnServer, backOffice(), CibtpRealm.createUser(realm, holder, PASSWORD, false),
                    "SOCIÉTÉ DE MAÇONNERIE ET DE RAVALEMENT DU BAS-RHIN", count);
            return holder;
        });
        return signIn(CibtpRealm.ENTREPRISE).signIn(email, PASSWORD, SiteChoicePage.class);
    }

    /** An account without any site: the chooser says how to associate one. */
    public SiteChoicePage noSite() {
        return signIn(CibtpRealm.ENTREPRISE).signIn(account(), PASSWORD, SiteChoicePage.class);
    }

    /** "Changer de tiers": signed in for one site, the portal asks kc_action=cibtp-switch-site. */
    public SiteChoicePage switchSite() {
        siteChoice(3).chooseFirst();
        browser.open(authorization(CibtpRealm.ENTREPRISE, "&kc_action=cibtp-switch-site"));
        return CibtpPage.on(browser, SiteChoicePage.class);
    }

    // Forgot password

    public ForgotPasswordPage forgotPassword(String client) {
        return signIn(client).forgotPassword();
    }

    public ResetPasswordPage resetByEmail() {
        return forgotPassword(CibtpRealm.ENTREPRISE).resetByEmail();
    }

    /** The login page once the reset link is sent to {@code email}. */
    public SignInPage resetLinkSent(String email) {
        return resetByEmail().sendLinkTo(email);
    }

    public SignInPage resetLinkSent() {
        return resetLinkSent(siteHolder());
    }

    /** Where the reset link leads, opened in the browser that asked for it. */
    public UpdatePasswordPage newPassword() {
        String email = siteHolder();
        resetLinkSent(email);
        browser.open(EnrollmentPages.lastLinkSentTo(mail, email));
        return CibtpPage.on(browser, UpdatePasswordPage.class);
    }

    public ForgotPasswordPage codeRequest() {
        return forgotPassword(CibtpRealm.ENTREPRISE).requestNewCode();
    }

    public ForgotPasswordPage codeRequested() {
        return codeRequest().requestCodeFor(siteLetters().identifiant());
    }

    // SMS

    /** "Certification du numéro de téléphone" asked at sign-in (a required action of the account). */
    public PhoneCertificationPage phoneCertification() {
        String email = CibtpRealm.uniqueEmail("visite-certification");
        CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false, "cibtp-phone-certification");
        return signIn(CibtpRealm.ENTREPRISE).signIn(email, PASSWORD, PhoneCertificationPage.class);
    }

    public PhoneCertificationPage phoneCertificationCode() {
        return phoneCertification().sendCodeTo(randomMobile());
    }

    /** The portal asks acr_values=sms of an account with a certified mobile. */
    public SmsCodePage smsStepUp() {
        return signIn(CibtpRealm.ENTREPRISE, "&acr_values=sms").signIn(holderWithMobile(), PASSWORD, SmsCodePage.class).receiveCode();
    }

    public NoMobilePage noCertifiedMobile() {
        return signIn(CibtpRealm.ENTREPRISE, "&acr_values=sms").signIn(siteHolder(), PASSWORD, NoMobilePage.class);
    }

    /** An email change asked by an account with a certified mobile: the mobile stands in for the password. */
    public MobileConfirmationPage mobileConfirmation(String email) {
        return signIn(CibtpRealm.ENTREPRISE, "&kc_action=cibtp-email-change").signIn(email, PASSWORD, MobileConfirmationPage.class);
    }

    public MobileConfirmationPage mobileConfirmation() {
        return mobileConfirmation(holderWithMobile());
    }

    // Email

    /** The grace period of the email re-certification: a notice, a link sent, the user may go on. */
    public EmailRecertificationPage recertificationNotice() {
        String email = certifiedDaysAgo(370);
        CibtpRealm.updateSettings(realm, Map.of("email-recertification-grace-days", "30"));
        try {
            return signIn(CibtpRealm.ENTREPRISE).signIn(email, PASSWORD, EmailRecertificationPage.class);
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("email-recertification-grace-days", "0"));
        }
    }

    /** After the period without grace: no token until the link sent is clicked. */
    public VerifyEmailPage recertificationRequired() {
        return signIn(CibtpRealm.ENTREPRISE).signIn(certifiedDaysAgo(400), PASSWORD, VerifyEmailPage.class);
    }

    /** "Modifier mon adresse électronique" (kc_action=cibtp-email-change) of an account without a certified mobile. */
    public EmailChangePage emailChange(String email) {
        return signIn(CibtpRealm.ENTREPRISE, "&kc_action=cibtp-email-change").signIn(email, PASSWORD, EmailChangePage.class);
    }

    public EmailChangePage emailChange() {
        return emailChange(siteHolder());
    }

    public EmailChangePage emailChangePending(String old, String fresh) {
        return emailChange(old).request(PASSWORD, fresh);
    }

    public EmailChangePage emailChangePending() {
        return emailChangePending(siteHolder(), CibtpRealm.uniqueEmail("visite-nouvelle"));
    }

    public EmailChangePage emailChangeCancelled() {
        return emailChangePending().cancel();
    }

    /**
     * The new address's link opened in another browser: the account has no certified mobile, so the change waits for
     * its old address.
     */
    public InfoPage emailChangeWaiting(String old, String fresh) {
        emailChangePending(old, fresh);
        String link = EnrollmentPages.lastLinkSentTo(mail, fresh);
        forgetSignIns();
        browser.open(link);
        return CibtpPage.on(browser, InfoPage.class);
    }

    public InfoPage emailChangeWaiting() {
        return emailChangeWaiting(siteHolder(), CibtpRealm.uniqueEmail("visite-nouvelle"));
    }

    /** Then the old address confirms it (the second link of its mail): the change is done. */
    public InfoPage emailChanged(String old, String fresh) {
        emailChangeWaiting(old, fresh);
        String confirm = EnrollmentPages.linksSentTo(mail, old).get(1);
        forgetSignIns();
        browser.open(confirm);
        return CibtpPage.on(browser, InfoPage.class);
    }

    public InfoPage emailChanged() {
        return emailChanged(siteHolder(), CibtpRealm.uniqueEmail("visite-nouvelle"));
    }

    // Gérer les droits d'accès

    /** What the rights pages show: the site's holder, and a colleague holding a delegation on it. */
    public record RightsFixture(String holder, String colleague, String cabinet) {
    }

    /**
     * A site holder (of an adhérent naming a cabinet comptable) with one delegation to a colleague; the cabinet has its
     * espace when {@code cabinetEnrolled}.
     */
    public RightsFixture rightsFixture(boolean cabinetEnrolled) {
        String backOffice = backOffice();
        String cabinet = Sites.cabinet(registry, backOffice, "COMPTAGESTION");
        if (cabinetEnrolled) {
            String cabinetAdmin = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("visite-comptagestion"), PASSWORD, false);
            runOnServer.run(RegistryOnServer.link(cabinetAdmin, PrecompteKind.CABINET, cabinet));
        }
        String holder = CibtpRealm.uniqueEmail("visite-adherent");
        String holderId = CibtpRealm.createUser(realm, holder, PASSWORD, false);
        Portal.certifiedMobile(realm, runOnServer, holder);
        String site = Sites.linked(registry, runOnServer, backOffice, holderId, "MAÇONNERIE DU PAYS MESSIN", 1, cabinet).get(0);
        String colleague = CibtpRealm.uniqueEmail("visite-collegue");
        String colleagueId = CibtpRealm.createUser(realm, colleague, PASSWORD, false);
        runOnServer.fetch(DelegationsOnServer.add(Map.of("site", site, "granteeId", colleagueId, "grantorId", holderId, "admin", "false",
                "colleges", "ouvrier,etam", "modes", "planning=consultation,telepaiements=mise_a_jour", "effet", CaisseCalendar.today().toString())),
                String.class);
        return new RightsFixture(holder, colleague, cabinet);
    }

    /** The list, signed in as the holder, who has typed the SMS code the forms giving power ask for. */
    public RightsListPage rights(RightsFixture fixture) {
        forgetSignIns();
        browser.open(realm.getBaseUrl() + "/cibtp-delegations/droits-acces");
        CibtpPage.on(browser, SignInPage.class).signIn(fixture.holder(), PASSWORD, RightsListPage.class)
                .addDelegationAskingTheSmsCode(SmsCodePage.class).receiveCode().enterCode(SmsCodes.last(operator), DelegationFormPage.class);
        browser.open(realm.getBaseUrl() + "/cibtp-delegations/droits-acces");
        return CibtpPage.on(browser, RightsListPage.class);
    }

    /** "Ajouter une délégation" before the SMS code: the code is asked first. */
    public SmsCodePage addDelegationAskingTheSmsCode() {
        RightsFixture fixture = rightsFixture(false);
        forgetSignIns();
        browser.open(realm.getBaseUrl() + "/cibtp-delegations/droits-acces");
        return CibtpPage.on(browser, SignInPage.class).signIn(fixture.holder(), PASSWORD, RightsListPage.class)
                .addDelegationAskingTheSmsCode(SmsCodePage.class);
    }

    public RightsListPage rights() {
        return rights(rightsFixture(false));
    }

    public DelegationFormPage addDelegation() {
        return rights().addDelegation();
    }

    /** The add form filled in for {@code email} and sent: the list again, the invitation mailed. */
    public RightsListPage delegated(String email) {
        return addDelegation().fillPerson(email, "BERTRAND", "Claire").setEveryFeature("aucun").set("planning", "consultation")
                .submitWithKeyboard();
    }

    public DelegationFormPage viewDelegation() {
        RightsFixture fixture = rightsFixture(false);
        return rights(fixture).viewDelegationTo(fixture.colleague());
    }

    public CloseDelegationPage closeDelegation() {
        RightsFixture fixture = rightsFixture(false);
        return rights(fixture).closeDelegationTo(fixture.colleague());
    }

    public DelegationFormPage delegateToCabinet() {
        return rights(rightsFixture(true)).delegateToCabinet();
    }

    /** The list once the cabinet comptable holds a delegation: the cabinet block sums it up. */
    public RightsListPage cabinetDelegated() {
        return delegateToCabinet().setEveryFeature("aucun").set("planning", "consultation").submitWithKeyboard();
    }

    // Mon compte utilisateur

    /** "Mon compte utilisateur" of a site holder with a certified mobile (entreprise), or of an account (salarié). */
    public MyAccountPage myAccount(String client) {
        boolean salarie = CibtpRealm.SALARIE.equals(client);
        String email = salarie ? account() : holderWithMobile();
        forgetSignIns();
        browser.open(realm.getBaseUrl() + "/cibtp-compte/mon-compte" + (salarie ? "?espace=salarie" : ""));
        return CibtpPage.on(browser, SignInPage.class).signIn(email, PASSWORD, MyAccountPage.class);
    }

    // Passkeys

    /** "Ajouter une clé d'accès" from "Mon compte" of an account with no certified mobile (no step-up to pass). */
    public PasskeyRegistrationPage passkeyRegistration() {
        return myAccountOf(siteHolder()).addPasskey(PasskeyRegistrationPage.class);
    }

    /** The step-up of an account with a passkey and a certified mobile: "Utiliser ma clé d'accès", or the SMS code. */
    public SmsCodePage passkeyStepUp() {
        String email = holderWithPasskey();
        runOnServer.run(MobileOnServer.certify(userId(email), "+3361" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000))));
        return signIn(CibtpRealm.ENTREPRISE, "&acr_values=sms").signIn(email, PASSWORD, SmsCodePage.class);
    }

    /** "Supprimer" beside a passkey in "Mon compte": the confirmation. */
    public DeleteCredentialPage passkeyRemoval() {
        return myAccountOf(holderWithPasskey()).removeFirstPasskey();
    }

    /**
     * A site holder with one passkey, made by a device given to the browser for the while and taken away after: the
     * next pages see no device, as on a computer without one.
     */
    private String holderWithPasskey() {
        String email = siteHolder();
        String device = Chromium.passkeyDevice(browser.driver());
        try {
            myAccountOf(email).addPasskey(PasskeyRegistrationPage.class).create("Téléphone de chantier", MyAccountPage.class);
        } finally {
            Chromium.removePasskeyDevice(browser.driver(), device);
        }
        return email;
    }

    private MyAccountPage myAccountOf(String email) {
        forgetSignIns();
        browser.open(realm.getBaseUrl() + "/cibtp-compte/mon-compte");
        return CibtpPage.on(browser, SignInPage.class).signIn(email, PASSWORD, MyAccountPage.class);
    }

    private String userId(String email) {
        return realm.admin().users().searchByEmail(email, true).get(0).getId();
    }

    // ProConnect (a stand-in realm in place of the State's service, until closeProConnect)

    /** The entreprise sign-in page once the caisse has turned ProConnect on. */
    public SignInPage signInWithProConnectOn() {
        proConnectOn();
        return signIn(CibtpRealm.ENTREPRISE);
    }

    /** The first ProConnect sign-in: the page linking it to an account by that account's password. */
    public ProConnectLinkPage proConnectLink() {
        signInWithProConnectOn();
        browser.findElement(By.id("cibtp-proconnect")).click();
        browser.findElement(By.id("username")).sendKeys(ProConnectStandIn.USERNAME);
        browser.findElement(By.id("password")).sendKeys(ProConnectStandIn.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        return CibtpPage.on(browser, ProConnectLinkPage.class);
    }

    /** ProConnect off again, as shipped, and its stand-in gone. */
    public void closeProConnect() {
        if (proConnect != null) {
            proConnect.close();
            proConnect = null;
        }
    }

    private void proConnectOn() {
        if (proConnect == null) {
            proConnect = ProConnectStandIn.start(admin, realm, CibtpRealm.uniqueEmail("visite-proconnect"), "32483899499750");
        }
    }

    // Emails

    /**
     * The HTML part of the last email to the address {@code journey} returns, opened in the browser; the journey runs
     * once for the whole tour, both widths show the same email.
     */
    public MailPage mail(String name, Supplier<String> journey) {
        Path file = MAILS.computeIfAbsent(name, key -> {
            String recipient = journey.get();
            try {
                Files.createDirectories(MAIL_FILES);
                return Files.writeString(MAIL_FILES.resolve(key + ".html"), Mails.lastHtmlTo(mail, recipient)).toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        browser.open(file.toUri().toString());
        return CibtpPage.on(browser, MailPage.class);
    }

    /** Enrolls a new account: the activation email. */
    public String activationMail() {
        String email = CibtpRealm.uniqueEmail("visite-courriel");
        enrolled(this::enrollmentStep2, email);
        return email;
    }

    /** The periodic re-certification of the email: its own email with a new activation link. */
    public String recertificationMail() {
        String email = certifiedDaysAgo(400);
        signIn(CibtpRealm.ENTREPRISE).signIn(email, PASSWORD, VerifyEmailPage.class);
        return email;
    }

    public String resetMail() {
        String email = siteHolder();
        resetLinkSent(email);
        return email;
    }

    /** The new address's link of an email change. */
    public String emailChangeLinkMail() {
        String fresh = CibtpRealm.uniqueEmail("visite-nouvelle");
        emailChangePending(siteHolder(), fresh);
        return fresh;
    }

    /** The old address told that a change was asked. */
    public String emailChangeRequestedMail() {
        String old = siteHolder();
        emailChangePending(old, CibtpRealm.uniqueEmail("visite-nouvelle"));
        return old;
    }

    /** The old address told that the change is done. */
    public String emailChangedMail() {
        String old = siteHolder();
        emailChanged(old, CibtpRealm.uniqueEmail("visite-nouvelle"));
        return old;
    }

    /** A delegation to a new address: the invitation. */
    public String invitationMail() {
        String email = CibtpRealm.uniqueEmail("visite-invitation");
        delegated(email);
        return email;
    }

    /** A delegation giving a mise_a_jour right: the site's holder is told, with a link to close it. */
    public String grantNoticeMail() {
        RightsFixture fixture = rightsFixture(false);
        rights(fixture).addDelegation().fillPerson(CibtpRealm.uniqueEmail("visite-paiements"), "BERTRAND", "Claire")
                .setEveryFeature("aucun").set("telepaiements", "mise_a_jour").submitWithKeyboard();
        return fixture.holder();
    }

    /** A delegation ending in 7 days: the daily job reminds the delegate. */
    public String delegationEndingMail() {
        String grantee = CibtpRealm.uniqueEmail("visite-fin");
        String granteeId = CibtpRealm.createUser(realm, grantee, PASSWORD, false);
        String grantorId = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("visite-donneur"), PASSWORD, false);
        LocalDate today = CaisseCalendar.today();
        RegistryApi api = new RegistryApi(realm);
        String site = Sites.linked(api, runOnServer, api.serviceAccountToken("back-office-tour", true), grantorId,
                "MAÇONNERIE DU PAYS MESSIN", 1).get(0);
        Map<String, String> delegation = new HashMap<>(Map.of("site", site, "granteeId", granteeId,
                "grantorId", grantorId, "admin", "false", "colleges", "ouvrier", "modes", "planning=consultation",
                "effet", today.minusDays(30).toString(), "fin", today.plusDays(7).toString()));
        runOnServer.fetch(DelegationsOnServer.add(delegation), String.class);
        runOnServer.fetch(DelegationsOnServer.expire(today), DelegationsOnServer.Expiry.class);
        return grantee;
    }

    /** "Je n'ai plus accès à ce mobile": the link to the account's address. */
    public String mobileResetMail() {
        String email = holderWithMobile();
        mobileConfirmation(email).lostMobile();
        return email;
    }

    /** The mobile reset link followed: the account's address is told its mobile is no longer certified. */
    public String mobileChangedMail() {
        String email = mobileResetMail();
        browser.open(EnrollmentPages.lastLinkSentTo(mail, email));
        CibtpPage.on(browser, InfoPage.class);
        return email;
    }

    /** A passkey added in "Mon compte": the account's address is told. */
    public String passkeyAddedMail() {
        return holderWithPasskey();
    }

    // Accounts

    /** A new account with no site; returns its email. */
    public String account() {
        String email = CibtpRealm.uniqueEmail("visite");
        CibtpRealm.createUser(realm, email, PASSWORD, false);
        return email;
    }

    /** A new account holding one site; returns its email. */
    public String siteHolder() {
        String email = CibtpRealm.uniqueEmail("visite");
        CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        return email;
    }

    private String holderWithMobile() {
        String email = CibtpRealm.uniqueEmail("visite-mobile");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        runOnServer.run(MobileOnServer.certify(userId, "+3361" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000))));
        return email;
    }

    /** A French mobile nobody else uses, so that the SMS limits of one test never meet another's. */
    private static String randomMobile() {
        return "061" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private String certifiedDaysAgo(int days) {
        String email = siteHolder();
        String userId = realm.admin().users().searchByEmail(email, true).get(0).getId();
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        user.singleAttribute("emailCertifiedAt", CaisseCalendar.now().minus(Duration.ofDays(days)).toString());
        realm.admin().users().get(userId).update(user);
        return email;
    }

    private Letters siteLetters() {
        return Letters.site(registry, backOffice());
    }

    private String backOffice() {
        return registry.serviceAccountToken("back-office-screens", true);
    }

    private static AccountCreationPage filled(AccountCreationPage step2, String email) {
        return step2.fillEmail(email).fillPassword(PASSWORD).fillPasswordConfirm(PASSWORD).fillMobile("06 12 34 56 78");
    }

    private SignInPage signInAgain(String client, String extraParameters) {
        browser.open(authorization(client, extraParameters));
        return CibtpPage.on(browser, SignInPage.class);
    }

    private String authorization(String client, String extraParameters) {
        return realm.getBaseUrl() + "/protocol/openid-connect/auth?client_id=" + client
                + "&response_type=code&scope=openid&ui_locales=fr&code_challenge_method=S256"
                + "&code_challenge=" + PkceGenerator.s256().getCodeChallenge()
                + "&redirect_uri=" + URLEncoder.encode(CibtpPage.REDIRECT_URI, StandardCharsets.UTF_8) + extraParameters;
    }

    /** Signed in nowhere: every cookie of the browser goes, without loading a page. */
    private void forgetSignIns() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }
}
