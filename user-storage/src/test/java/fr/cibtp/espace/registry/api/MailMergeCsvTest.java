package fr.cibtp.espace.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import fr.cibtp.espace.registry.IssuedCode;
import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import org.junit.jupiter.api.Test;

class MailMergeCsvTest {

    @Test
    void writesOneRowPerCodeWithTheExpiryInFrenchFormat() {
        IssuedCode issued = new IssuedCode(new Precompte(PrecompteKind.SITE, "29209-001-12"), "BÂTIR DU GRAND EST - METZ",
                new PostalAddress("LEMOINE", "SANDRINE", "4 AVENUE FOCH", null, "57000", "METZ"), "M3R8-W6ZC-4NYA",
                Instant.parse("2027-02-21T10:00:00Z"));
        assertEquals("29209-001-12;BÂTIR DU GRAND EST - METZ;SANDRINE LEMOINE;4 AVENUE FOCH;;57000;METZ;M3R8-W6ZC-4NYA;21/02/2027\r\n",
                MailMergeCsv.row(issued));
    }

    @Test
    void quotesSeparatorsAndDefusesFormulas() {
        assertEquals("\"A;B\"", MailMergeCsv.cell("A;B"));
        assertEquals("\"dit \"\"X\"\"\"", MailMergeCsv.cell("dit \"X\""));
        assertEquals("'=HYPERLINK(1)", MailMergeCsv.cell("=HYPERLINK(1)"));
        assertEquals("", MailMergeCsv.cell(null));
    }
}
