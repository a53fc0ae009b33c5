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
        List<SmsGatewayStandIn.Request> received = operator.received();
        if (received.isEmpty()) {
            throw new AssertionError("no SMS received");
        }
        Matcher code = CODE.matcher(received.get(received.size() - 1).body());
        if (!code.find()) {
            throw new AssertionError("no code in " + received.get(received.size() - 1).body());
        }
        return code.group(1);
    }
}
