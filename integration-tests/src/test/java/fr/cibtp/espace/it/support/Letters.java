package fr.cibtp.espace.it.support;

import java.security.SecureRandom;

import fr.cibtp.espace.identifiers.ProvisionalCode;

/**
 * What the postal letters of a fresh précompte say: identifiant, SIRET (not for a salarié), provisional code and
 * holder. {@link #site} and {@link #salarie} put the précompte in the registry through the back-office API.
 */
public record Letters(String identifiant, String siret, String code, String lastName, String firstName) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static Letters site(RegistryApi api, String token) {
        NewSite site = newSite();
        importLines(api, token, site.ndjson());
        return site.letters();
    }

    /** A new adhérent with one site, and the registry lines that make it. */
    public record NewSite(Letters letters, String ndjson) {
    }

    public static NewSite newSite() {
        String siren = TestIdentifiers.siren();
        String numero = TestIdentifiers.numeroAdherent();
        Letters letters = new Letters(TestIdentifiers.identifiant(), TestIdentifiers.siret(siren), newCode(), "PERRIN", "JULIEN");
        return new NewSite(letters, "{\"type\":\"adherent\",\"numero_adherent\":\"" + numero + "\",\"siren\":\"" + siren
                + "\",\"raison_sociale\":\"CHARPENTES VOSGIENNES\"}\n{\"type\":\"site\",\"identifiant\":\"" + letters.identifiant
                + "\",\"numero_adherent\":\"" + numero + "\",\"siret\":\"" + letters.siret + "\",\"nom\":\"ÉPINAL\",\"titulaire\":"
                + "{\"nom\":\"PERRIN\",\"prenom\":\"JULIEN\"},\"adresse\":{\"ligne1\":\"1 RUE DU BOIS\",\"code_postal\":\"88000\","
                + "\"ville\":\"ÉPINAL\"},\"code\":\"" + letters.code + "\"}");
    }

    public static Letters salarie(RegistryApi api, String token) {
        Letters letters = new Letters(TestIdentifiers.salarie(), null, newCode(), "DUBOIS", "KARIM");
        importLines(api, token, "{\"type\":\"salarie\",\"identifiant\":\"" + letters.identifiant + "\",\"nom\":\"DUBOIS\","
                + "\"prenom\":\"KARIM\",\"adresse\":{\"ligne1\":\"3 RUE VERTE\",\"code_postal\":\"67000\",\"ville\":\"STRASBOURG\"},"
                + "\"code\":\"" + letters.code + "\"}");
        return letters;
    }

    /** How the précompte is named in account links: {@code site:29209-001-12}. */
    public String precompte() {
        return (siret == null ? "salarie:" : "site:") + identifiant;
    }

    private static String newCode() {
        return ProvisionalCode.display(ProvisionalCode.generate(RANDOM));
    }

    private static void importLines(RegistryApi api, String token, String ndjson) {
        var response = api.importNdjson(token, ndjson);
        if (response.statusCode() != 200 || !response.body().contains("\"rejected\":[]")) {
            throw new IllegalStateException("import refused: " + response.body());
        }
    }
}
