package fr.cibtp.espace.registry.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodeSourceTest {

    @Test
    void anIpv4AddressIsItsOwnSource() {
        assertEquals("203.0.113.7", CodeSource.of("203.0.113.7"));
        assertEquals("203.0.113.7", CodeSource.of(" 203.0.113.7 "));
    }

    @Test
    void anIpv6AddressCountsForItsWholeSlash64() {
        assertEquals("2001:db8:1:2:0:0:0:0/64", CodeSource.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(CodeSource.of("2001:db8:1:2::1"), CodeSource.of("2001:db8:1:2:ffff::9"));
    }

    @Test
    void anIpv4MappedAddressIsTheIpv4One() {
        assertEquals("203.0.113.7", CodeSource.of("::ffff:203.0.113.7"));
    }

    @Test
    void whatIsNotAnAddressIsOneUnknownSourceAndNeverLookedUp() {
        assertEquals(CodeSource.UNKNOWN, CodeSource.of(null));
        assertEquals(CodeSource.UNKNOWN, CodeSource.of(""));
        assertEquals(CodeSource.UNKNOWN, CodeSource.of("attaquant.example"));
        assertEquals(CodeSource.UNKNOWN, CodeSource.of("1.2.3"));
        assertEquals(CodeSource.UNKNOWN, CodeSource.of("dead.beef.cafe.babe"));
    }
}
