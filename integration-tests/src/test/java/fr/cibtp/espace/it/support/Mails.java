package fr.cibtp.espace.it.support;

import java.io.IOException;
import java.util.Arrays;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.keycloak.testframework.mail.MailServer;

/** The emails the test SMTP server received, as their recipients read them. */
public final class Mails {

    private Mails() {
    }

    /** The HTML part of the last email sent to {@code recipient}. */
    public static String lastHtmlTo(MailServer mail, String recipient) {
        MimeMessage[] all = mail.getReceivedMessages();
        try {
            for (int i = all.length - 1; i >= 0; i--) {
                if (Arrays.stream(all[i].getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
                    String html = html(all[i]);
                    if (html == null) {
                        throw new AssertionError("the last email to " + recipient + " has no HTML part");
                    }
                    return html;
                }
            }
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no email to " + recipient);
    }

    private static String html(Part part) throws IOException, MessagingException {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                String html = html(child);
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }
}
