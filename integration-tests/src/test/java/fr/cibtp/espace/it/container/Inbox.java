package fr.cibtp.espace.it.container;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cibtp.espace.dev.MailCatcher;
import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.support.EnrollmentPages;

/** The mail catcher and the SMS operator read as a person reads their messages: once they have arrived. */
final class Inbox {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern SMS_CODE = Pattern.compile("(?:est|is) (\\d{6})\\.");

    private Inbox() {
    }

    /** The action-token link of the last mail to {@code recipient}. */
    static String linkSentTo(MailCatcher mail, String recipient) {
        return waitFor("a mail with a link to " + recipient, () -> {
            try {
                return EnrollmentPages.lastLinkSentTo(mail.received(), recipient);
            } catch (AssertionError notYet) {
                return null;
            }
        });
    }

    /** The code of the last SMS to a French mobile typed as {@code 06…}. */
    static String codeSentTo(SmsGatewayStandIn operator, String mobile) {
        String e164 = "+33" + mobile.substring(1);
        return waitFor("an SMS to " + e164, () -> {
            List<SmsGatewayStandIn.Request> sent = operator.received().stream().filter(sms -> sms.body().contains(e164)).toList();
            if (sent.isEmpty()) {
                return null;
            }
            Matcher code = SMS_CODE.matcher(sent.get(sent.size() - 1).body());
            if (!code.find()) {
                throw new AssertionError("no code in " + sent.get(sent.size() - 1).body());
            }
            return code.group(1);
        });
    }

    private static String waitFor(String what, Supplier<String> found) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (String value = found.get(); ; value = found.get()) {
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + PATIENCE.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
