package fr.cibtp.espace.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The enrollment screens as a person fills them in, and the activation email they receive. */
public final class EnrollmentPages {

    public static final String PASSWORD = "Chantier-Metz-2026";
    private static final Pattern ACTION_LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

    private EnrollmentPages() {
    }

    public static String title(ManagedWebDriver driver) {
        return driver.findElement(By.id("kc-page-title")).getText();
    }

    /** Everything the page says. */
    public static String pageText(ManagedWebDriver driver) {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The page-level message (alert), or "" when there is none. */
    public static String alert(ManagedWebDriver driver) {
        List<WebElement> alerts = Waiting.shownNow(driver.driver(), By.cssSelector(".pf-v5-c-alert__title"));
        return alerts.isEmpty() ? "" : alerts.get(0).getText();
    }

    public static String fieldError(ManagedWebDriver driver, String field) {
        List<WebElement> errors = Waiting.shownNow(driver.driver(), By.id("input-error-" + field));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    public static void type(ManagedWebDriver driver, String field, String value) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        if (value != null && !value.isEmpty()) {
            input.sendKeys(value);
        }
    }

    public static void validate(ManagedWebDriver driver) {
        driver.findElement(By.id("cibtp-validate")).click();
    }

    /** Questionnaire: "Une entreprise adhérente", Valider. */
    public static void answerAdherent(ManagedWebDriver driver) {
        driver.findElement(By.id("profil-adherent")).click();
        validate(driver);
    }

    public static void identify(ManagedWebDriver driver, String identifiant, String siret, String code) {
        type(driver, "identifiant", identifiant);
        if (siret != null) {
            type(driver, "siret", siret);
        }
        type(driver, "code", code);
        validate(driver);
    }

    /** Step 2/2 with valid values, overridden by {@code changes}. */
    public static void createAccount(ManagedWebDriver driver, String email, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", email);
        fields.put("emailConfirm", email);
        fields.put("password", PASSWORD);
        fields.put("passwordConfirm", PASSWORD);
        fields.put("mobile", "06 12 34 56 78");
        fields.putAll(changes);
        fields.forEach((field, value) -> type(driver, field, value));
        validate(driver);
    }

    /** The action-token link of the last email sent to {@code recipient}. */
    public static String lastLinkSentTo(MailServer mail, String recipient) {
        return lastLinkSentTo(mail.getReceivedMessages(), recipient);
    }

    /** The action-token link of the last of {@code all} sent to {@code recipient} that has one. */
    public static String lastLinkSentTo(MimeMessage[] all, String recipient) {
        for (int i = all.length - 1; i >= 0; i--) {
            if (sentTo(all[i], recipient)) {
                List<String> links = links(all[i]);
                if (!links.isEmpty()) {
                    return links.get(0);
                }
            }
        }
        throw new AssertionError("no email with a link to " + recipient);
    }

    /** Every action-token link of the last email sent to {@code recipient}, in the order of its text. */
    public static List<String> linksSentTo(MailServer mail, String recipient) {
        MimeMessage[] all = mail.getReceivedMessages();
        for (int i = all.length - 1; i >= 0; i--) {
            if (sentTo(all[i], recipient)) {
                return links(all[i]);
            }
        }
        throw new AssertionError("no email to " + recipient);
    }

    private static boolean sentTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> links(MimeMessage message) {
        try {
            String raw = new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher link = ACTION_LINK.matcher(raw.replace("=\r\n", "").replace("=3D", "="));
            Set<String> links = new LinkedHashSet<>();
            while (link.find()) {
                links.add(link.group().replace("&amp;", "&"));
            }
            return List.copyOf(links);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject and plain-text body of an email. */
    public record Mail(String subject, String text) {
    }

    /** The last email sent to {@code recipient}, as its reader sees it. */
    public static Mail lastMailTo(MailServer mail, String recipient) {
        try {
            MimeMessage[] all = mail.getReceivedMessages();
            for (int i = all.length - 1; i >= 0; i--) {
                if (sentTo(all[i], recipient)) {
                    return new Mail(all[i].getSubject(), plainText(all[i].getContent()));
                }
            }
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no email to " + recipient);
    }

    private static String plainText(Object content) throws IOException, MessagingException {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
        }
        return String.valueOf(content);
    }

    public static long mailsTo(MailServer mail, String recipient) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> sentTo(m, recipient)).count();
    }
}
