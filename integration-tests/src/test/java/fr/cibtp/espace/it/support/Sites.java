package fr.cibtp.espace.it.support;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.testframework.remote.runonserver.RunOnServerClient;

/** An adhérent and many of its sites in the registry, linked to one account, as an accounting firm or a big company holds them. */
public final class Sites {

    private Sites() {
    }

    /** Imports a new cabinet comptable named {@code raisonSociale} into the registry; returns its identifiant. */
    public static String cabinet(RegistryApi api, String backOffice, String raisonSociale) {
        String cabinet = TestIdentifiers.identifiant();
        api.importNdjson(backOffice, "{\"type\":\"cabinet\",\"identifiant\":\"" + cabinet + "\",\"siret\":\""
                + TestIdentifiers.siret(TestIdentifiers.siren()) + "\",\"raison_sociale\":\"" + raisonSociale + "\"}");
        return cabinet;
    }

    /**
     * Imports {@code count} sites of one new adhérent and links them all to the account; returns their identifiants,
     * in order. Site {@code i} is named "CHANTIER i", with DSN alerts on the first one.
     */
    public static List<String> linked(RegistryApi api, RunOnServerClient runOnServer, String backOffice, String userId,
                                      String raisonSociale, int count) {
        return linked(api, runOnServer, backOffice, userId, raisonSociale, count, null);
    }

    /** As above, the adhérent naming {@code cabinet} (already in the registry) as its cabinet comptable délégable. */
    public static List<String> linked(RegistryApi api, RunOnServerClient runOnServer, String backOffice, String userId,
                                      String raisonSociale, int count, String cabinet) {
        return linkedSites(api, runOnServer, backOffice, userId, raisonSociale, count, cabinet).stream().map(Linked::identifiant).toList();
    }

    /** A site imported and linked: its identifiant and its SIRET. */
    public record Linked(String identifiant, String siret) {
    }

    /** As {@link #linked}, each site with its SIRET. */
    public static List<Linked> linkedSites(RegistryApi api, RunOnServerClient runOnServer, String backOffice, String userId,
                                           String raisonSociale, int count, String cabinet) {
        String siren = TestIdentifiers.siren();
        String numero = TestIdentifiers.numeroAdherent();
        String prefix = TestIdentifiers.identifiant().substring(0, 5);
        StringBuilder lines = new StringBuilder("{\"type\":\"adherent\",\"numero_adherent\":\"" + numero + "\",\"siren\":\"" + siren
                + "\",\"raison_sociale\":\"" + raisonSociale + "\"" + (cabinet == null ? "" : ",\"cabinet\":\"" + cabinet + "\"") + "}\n");
        List<Linked> sites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String identifiant = String.format("%s-%03d-%02d", prefix, i / 100, i % 100);
            String siret = TestIdentifiers.withLuhnDigit(siren + String.format("%04d", i));
            sites.add(new Linked(identifiant, siret));
            lines.append("{\"type\":\"site\",\"identifiant\":\"").append(identifiant).append("\",\"numero_adherent\":\"").append(numero)
                    .append("\",\"siret\":\"").append(siret).append("\",\"nom\":\"CHANTIER ").append(i).append("\"");
            if (i == 0) {
                lines.append(",\"alertes_dsn\":[{\"periode\":\"2022-08\",\"message\":\"Une déclaration à rectifier\"}]");
            }
            lines.append("}\n");
        }
        var response = api.importNdjson(backOffice, lines.toString());
        if (response.statusCode() != 200 || !response.body().contains("\"rejected\":[]")) {
            throw new IllegalStateException("import refused: " + response.body());
        }
        runOnServer.run(RegistryOnServer.linkSites(userId, sites.stream().map(Linked::identifiant).toList()));
        return sites;
    }
}
