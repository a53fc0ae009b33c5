package fr.cibtp.espace.it.support;

/** Lines of the registry's NDJSON import (docs/api.md), as the back office writes them. */
public final class RegistryRecords {

    private RegistryRecords() {
    }

    /** The file: one record a line. */
    public static String ndjson(String... records) {
        return String.join("\n", records) + "\n";
    }

    public static String adherent(String numero, String siren, String raisonSociale) {
        return "{\"type\":\"adherent\",\"numero_adherent\":\"" + numero + "\",\"siren\":\"" + siren + "\",\"raison_sociale\":\""
                + raisonSociale + "\"}";
    }

    /** A site without address or letter. */
    public static String site(String identifiant, String numero, String siret, String nom) {
        return siteFields(identifiant, numero, siret, nom) + "}";
    }

    /** A site at an address of {@code town}, without a letter: its postcode gives its département. */
    public static String site(String identifiant, String numero, String siret, String nom, String postcode, String town) {
        return siteFields(identifiant, numero, siret, nom) + ",\"adresse\":{\"ligne1\":\"1 PLACE DE LA MAIRIE\",\"code_postal\":\""
                + postcode + "\",\"ville\":\"" + town + "\"}}";
    }

    private static String siteFields(String identifiant, String numero, String siret, String nom) {
        return "{\"type\":\"site\",\"identifiant\":\"" + identifiant + "\",\"numero_adherent\":\"" + numero + "\",\"siret\":\"" + siret
                + "\",\"nom\":\"" + nom + "\"";
    }
}
