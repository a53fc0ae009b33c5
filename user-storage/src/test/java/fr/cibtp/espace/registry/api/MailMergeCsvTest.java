package fr.cibtp.espace.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import fr.cibtp.espace.registry.IssuedCode;
import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import fr.cibtp.espace.registry.campaign.NotEnrolledMailing;
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

    @Test
    void relaunchRowsHaveTheSameColumnsWithoutACode() {
        NotEnrolledMailing.Row row = new NotEnrolledMailing.Row("29209-002-12", "BÂTIR DU GRAND EST - NANCY",
                new PostalAddress("LEMOINE", "SANDRINE", "1 RUE STANISLAS", null, "54000", "NANCY"), Instant.parse("2027-02-21T23:30:00Z"));
        assertEquals("29209-002-12;BÂTIR DU GRAND EST - NANCY;SANDRINE LEMOINE;1 RUE STANISLAS;;54000;NANCY;;22/02/2027\r\n",
                MailMergeCsv.relaunchRow(row));
        NotEnrolledMailing.Row used = new NotEnrolledMailing.Row("1000457822", "ROUX ÉLODIE",
                new PostalAddress("ROUX", "ÉLODIE", null, null, null, null), null);
        assertEquals("1000457822;ROUX ÉLODIE;ÉLODIE ROUX;;;;;;\r\n", MailMergeCsv.relaunchRow(used));
        assertEquals(MailMergeCsv.HEADER.split(";").length, MailMergeCsv.relaunchRow(row).split(";", -1).length);
    }
}
