package fr.cibtp.espace.registry.codes;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Where wrong codes come from, as their locks are kept: an IPv4 address, or an IPv6 /64 network (one subscriber's
 * line; a whole /64 is handed out at once, so single IPv6 addresses would be as many fresh sources). Wrong codes lock
 * the code for the source that typed them only: a stranger who knows an identifiant locks out its own addresses,
 * never the holder typing the real code from another network.
 */
public final class CodeSource {

    static final String UNKNOWN = "inconnue";

    private CodeSource() {
    }

    /** The source of a client address as Keycloak reports it (an IP literal; proxy headers already applied). */
    public static String of(String address) {
        if (address == null || address.isBlank() || !isIpLiteral(address.strip())) {
            return UNKNOWN;
        }
        try {
            // An IP literal: no name is looked up.
            InetAddress ip = InetAddress.getByName(address.strip());
            if (ip instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(ip.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return ip.getHostAddress();
        } catch (UnknownHostException e) {
            return UNKNOWN;
        }
    }

    /** Dotted digits, or hexadecimal groups with colons: what Java parses without asking a name server. */
    private static boolean isIpLiteral(String address) {
        if (address.indexOf(':') >= 0) {
            return address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
        }
        return address.chars().allMatch(c -> Character.isDigit(c) || c == '.') && address.chars().filter(c -> c == '.').count() == 3;
    }
}
