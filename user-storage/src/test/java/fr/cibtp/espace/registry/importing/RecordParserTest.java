package fr.cibtp.espace.registry.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import fr.cibtp.espace.registry.DsnAlert;
import fr.cibtp.espace.registry.importing.RegistryRecord.AdherentRecord;
import fr.cibtp.espace.registry.importing.RegistryRecord.CabinetRecord;
import fr.cibtp.espace.registry.importing.RegistryRecord.SalarieRecord;
import fr.cibtp.espace.registry.importing.RegistryRecord.SiteRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordParserTest {

    private static final ImportWords FRENCH = ImportWords.shipped(Locale.FRENCH);

    @Test
    void readsEachTypeOfTheSample() {
        CabinetRecord cabinet = (CabinetRecord) RecordParser.parse("{\"type\":\"cabinet\",\"identifiant\":\"90001-001-01\","
                + "\"siret\":\"32543725956917\",\"raison_sociale\":\"COMPTAGESTION\",\"adresse\":{\"ligne1\":\"12 RUE DES COMPTES\","
                + "\"code_postal\":\"57000\",\"ville\":\"METZ\"},\"titulaire\":{\"nom\":\"MARTIN\",\"prenom\":\"CLAIRE\"},"
                + "\"code\":\"7K4P-2QXM-H9TD\"}").record();
        assertEquals("90001-001-01", cabinet.identifiant());
        assertEquals("7K4P2QXMH9TD", cabinet.code());
        assertEquals("MARTIN", cabinet.postal().lastName());
        assertEquals("METZ", cabinet.postal().town());

        AdherentRecord adherent = (AdherentRecord) RecordParser.parse("{\"type\":\"adherent\",\"numero_adherent\":\"0551617\","
                + "\"siren\":\"324838994\",\"raison_sociale\":\"BÂTIR DU GRAND EST\",\"forme_juridique\":\"SAS\",\"cabinet\":\"90001-001-01\"}").record();
        assertEquals("0551617", adherent.numero());
        assertEquals("90001-001-01", adherent.cabinet());

        SiteRecord site = (SiteRecord) RecordParser.parse("{\"type\":\"site\",\"identifiant\":\"2920900212\",\"numero_adherent\":\"0551617\","
                + "\"siret\":\"324 838 994 66007\",\"nom\":\"BÂTIR DU GRAND EST - NANCY\",\"alertes_dsn\":[{\"periode\":\"2022-08\","
                + "\"message\":\"Une déclaration à rectifier\"}]}").record();
        assertEquals("29209-002-12", site.identifiant());
        assertEquals("32483899466007", site.siret());
        assertEquals(List.of(new DsnAlert("2022-08", "Une déclaration à rectifier")), site.alertes());
        assertNull(site.code());

        SalarieRecord salarie = (SalarieRecord) RecordParser.parse("{\"type\":\"salarie\",\"identifiant\":\"1000457821\","
                + "\"nom\":\"DUBOIS\",\"prenom\":\"KARIM\"}").record();
        assertEquals("1000457821", salarie.identifiant());
        assertEquals("KARIM", salarie.postal().firstName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{not json|Ligne illisible : ce n'est pas un objet JSON valide.",
            "[1,2]|Ligne illisible : un objet JSON est attendu.",
            "{\"type\":\"usine\"}|Type inconnu « usine » : attendu cabinet, adherent, site ou salarie.",
            "{\"identifiant\":\"29209-001-12\"}|Champ obligatoire manquant : « type ».",
            "{\"type\":\"site\",\"identifiant\":\"29209-001-12\",\"numero_adherent\":\"0551617\",\"siret\":\"32483899499751\",\"nom\":\"X\"}|SIRET invalide (clé de contrôle fausse).",
            "{\"type\":\"site\",\"identifiant\":\"29209-001\",\"numero_adherent\":\"0551617\",\"siret\":\"32483899499750\",\"nom\":\"X\"}|Identifiant CIBTP invalide (10 chiffres, forme 29209-001-12).",
            "{\"type\":\"site\",\"identifiant\":\"29209-001-12\",\"numero_adherent\":\"0551617\",\"siret\":\"32483899499750\"}|Champ obligatoire manquant : « nom ».",
            "{\"type\":\"adherent\",\"numero_adherent\":\"0551617\",\"siren\":\"324838995\",\"raison_sociale\":\"X\"}|SIREN invalide (clé de contrôle fausse).",
            "{\"type\":\"cabinet\",\"identifiant\":\"90001-001-01\",\"siret\":\"32543725956917\",\"raison_sociale\":\"C\",\"code\":\"0000-0000-0000\"}|Code confidentiel invalide (12 caractères, forme 7K4P-2QXM-H9TD).",
            "{\"type\":\"salarie\",\"identifiant\":\"12\",\"nom\":\"A\",\"prenom\":\"B\"}|Identifiant salarié invalide (6 à 20 lettres ou chiffres).",
            "{\"type\":\"site\",\"identifiant\":\"29209-001-12\",\"numero_adherent\":\"0551617\",\"siret\":32483899499750,\"nom\":\"X\"}|Champ « siret » invalide : une chaîne de caractères est attendue.",
            "{\"type\":\"site\",\"identifiant\":\"29209-001-12\",\"numero_adherent\":\"05-51\",\"siret\":\"32483899499750\",\"nom\":\"X\"}|Champ « numero_adherent » invalide : 1 à 20 lettres ou chiffres attendus.",
            "{\"type\":\"site\",\"identifiant\":\"29209-001-12\",\"numero_adherent\":\"0551617\",\"siret\":\"3248389949975\",\"nom\":\"X\"}|SIRET invalide (14 chiffres attendus).",
            "{\"type\":\"site\",\"identifiant\":\"29209-001-12\",\"numero_adherent\":\"0551617\",\"siret\":\"3248389949975A\",\"nom\":\"X\"}|SIRET invalide (chiffres uniquement).",
            "{\"type\":\"site\",\"identifiant\":\"29209-001-12\",\"numero_adherent\":\"0551617\",\"nom\":\"X\"}|Champ obligatoire manquant : « siret ».",
            "{\"type\":\"site\",\"identifiant\":\"29209-001-12\",\"numero_adherent\":\"0551617\",\"siret\":\"32483899499750\",\"nom\":\"X\",\"alertes_dsn\":{}}|Champ « alertes_dsn » invalide : une liste est attendue.",
            "{\"type\":\"site\",\"identifiant\":\"29209-001-12\",\"numero_adherent\":\"0551617\",\"siret\":\"32483899499750\",\"nom\":\"X\",\"alertes_dsn\":[\"2022-08\"]}|Champ « alertes_dsn » invalide : chaque alerte a une période et un message.",
            "{\"type\":\"site\",\"identifiant\":\"29209-001-12\",\"numero_adherent\":\"0551617\",\"siret\":\"32483899499750\",\"nom\":\"X\",\"adresse\":\"METZ\"}|Champ « adresse » invalide : un objet est attendu.",
            "{\"type\":\"adherent\",\"numero_adherent\":\"0551617\",\"siren\":\"32483899\",\"raison_sociale\":\"X\"}|SIREN invalide (9 chiffres attendus).",
            "{\"type\":\"adherent\",\"numero_adherent\":\"0551617\",\"siren\":\"32483899A\",\"raison_sociale\":\"X\"}|SIREN invalide (chiffres uniquement).",
            "{\"type\":\"adherent\",\"numero_adherent\":\"0551617\",\"siren\":\"324838994\",\"raison_sociale\":\"X\",\"cabinet\":\"9000100101X\"}|Identifiant CIBTP invalide (10 chiffres, forme 29209-001-12).",
            "{\"type\":\"salarie\",\"nom\":\"A\",\"prenom\":\"B\"}|Champ obligatoire manquant : « identifiant »."
    })
    void saysWhyALineIsRefused(String line, String reason) {
        assertEquals(reason, FRENCH.of(RecordParser.parse(line).reason()));
    }

    /** The limits are written as the back office always read them: 4000, not MessageFormat's "4 000". */
    @Test
    void writesTheLimitsAsPlainNumbers() {
        assertEquals("Champ « nom » trop long (255 caractères au plus).", FRENCH.of(RecordParser.parse(
                "{\"type\":\"salarie\",\"identifiant\":\"1000457821\",\"nom\":\"" + "A".repeat(256) + "\",\"prenom\":\"B\"}").reason()));
        String alert = "{\"periode\":\"2022-08\",\"message\":\"" + "x".repeat(200) + "\"}";
        assertEquals("Champ « alertes_dsn » trop long (4000 caractères au plus).", FRENCH.of(RecordParser.parse(
                "{\"type\":\"site\",\"identifiant\":\"29209-001-12\",\"numero_adherent\":\"0551617\",\"siret\":\"32483899499750\","
                        + "\"nom\":\"X\",\"alertes_dsn\":[" + String.join(",", Collections.nCopies(25, alert)) + "]}").reason()));
    }
}
