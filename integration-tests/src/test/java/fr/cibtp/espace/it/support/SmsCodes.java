package fr.cibtp.espace.it.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cibtp.espace.dev.SmsGatewayStandIn;

/** The code an SMS of ours carries ("Votre code … est 123456. …"), as the stand-in operator received it. */
public final class SmsCodes {

    private static final Pattern CODE = Pattern.compile("(?:est|is) (\\d{6})\\.");

    private SmsCodes() {
    }

    /** The code of the last SMS the operator received. */
    public static String last(SmsGatewayStandIn operator) {
        return lastOf(operator.received(), "no SMS received");
    }

    /**
     * The code of the last SMS to a French mobile typed as {@code 06…}. The operator is called within the request that
     * sends it, so the SMS is there once the page that says it was sent is.
     */
    public static String lastTo(SmsGatewayStandIn operator, String mobile) {
        String e164 = "+33" + mobile.substring(1);
        return lastOf(operator.received().stream().filter(sms -> sms.body().contains(e164)).toList(), "no SMS to " + e164);
    }

    private static String lastOf(List<SmsGatewayStandIn.Request> received, String none) {
        if (received.isEmpty()) {
            throw new AssertionError(none);
        }
        Matcher code = CODE.matcher(received.get(received.size() - 1).body());
        if (!code.find()) {
            throw new AssertionError("no code in " + received.get(received.size() - 1).body());
        }
        return code.group(1);
    }
}
