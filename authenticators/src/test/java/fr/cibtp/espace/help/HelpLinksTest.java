package fr.cibtp.espace.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import fr.cibtp.espace.settings.CibtpSettings;
import org.junit.jupiter.api.Test;

class HelpLinksTest {

    @Test
    void theDefaultsReachThePages() {
        CibtpSettings settings = CibtpSettings.ofValues(Map.of());
        assertEquals(List.of(), HelpLinks.refusals(settings));
        Map<String, String> page = HelpLinks.pageAttributes(settings);
        assertEquals("https://www.cibtp-grandest.fr/entreprise/vos-services-en-ligne", page.get(HelpLinks.GUIDE_ENTREPRISE));
        assertEquals("https://www.cibtp-grandest.fr/salarie/vos-services-en-ligne", page.get(HelpLinks.GUIDE_SALARIE));
        assertEquals("03 83 93 43 43", page.get(HelpLinks.PHONE));
        assertEquals("tel:+33383934343", page.get(HelpLinks.PHONE_LINK));
    }

    @Test
    void onlyCompleteWebAddressesAreLinks() {
        assertEquals("https://caisse.example/guide.pdf", HelpLinks.webAddress(" https://caisse.example/guide.pdf "));
        assertEquals("http://caisse.example/aide?x=1&y=2", HelpLinks.webAddress("http://caisse.example/aide?x=1&y=2"));
        for (String refused : new String[]{"javascript:alert(1)", "JAVASCRIPT://caisse.example/%0aalert(1)", "data:text/html,x",
                "ftp://caisse.example/guide", "//caisse.example/guide", "/aide", "https://", "https://user:pw@caisse.example/",
                "https://caisse.example/a b", "https://caisse.example/" + "a".repeat(600), ""}) {
            assertNull(HelpLinks.webAddress(refused), refused);
        }
    }

    @Test
    void aPhoneIsShownAsTypedAndLinkedAsTel() {
        assertEquals("tel:+33383934343", HelpLinks.telLink("03.83.93.43.43"));
        assertEquals("tel:+33383934343", HelpLinks.telLink("+33 3 83 93 43 43"));
        assertEquals("tel:+33800123456", HelpLinks.telLink("0800 123 456"));
        assertEquals("tel:003221234567", HelpLinks.telLink("0032 2 123 45 67"));
        assertNull(HelpLinks.telLink("03 83 <b>93</b>"));
        assertNull(HelpLinks.telLink("tel:0383934343"));
        assertNull(HelpLinks.telLink("appelez-nous"));
    }

    @Test
    void aMistypedValueIsRefusedInFrenchAndADashHidesTheLink() {
        CibtpSettings settings = CibtpSettings.ofValues(Map.of("help-guide-entreprise-url", "javascript:alert(1)",
                "help-phone", "numéro vert"));
        assertEquals(2, HelpLinks.refusals(settings).size());
        assertTrue(HelpLinks.refusals(settings).get(0).contains("help-guide-entreprise-url"));
        assertTrue(HelpLinks.refusals(settings).get(0).contains("seule une adresse http:// ou https://"));
        assertEquals("", HelpLinks.pageAttributes(settings).get(HelpLinks.GUIDE_ENTREPRISE), "never on a page");

        CibtpSettings hidden = CibtpSettings.ofValues(Map.of("help-cabinet-tutorial-url", "-", "help-phone", "-"));
        assertEquals(List.of(), HelpLinks.refusals(hidden));
        assertEquals("", HelpLinks.pageAttributes(hidden).get(HelpLinks.CABINET_TUTORIAL));
        assertEquals("", HelpLinks.pageAttributes(hidden).get(HelpLinks.PHONE));
        assertEquals("", HelpLinks.pageAttributes(hidden).get(HelpLinks.PHONE_LINK));
    }
}
