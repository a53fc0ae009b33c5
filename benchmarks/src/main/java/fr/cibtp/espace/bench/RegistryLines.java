package fr.cibtp.espace.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's own registry records, in the import format: one adhérent per account (the 10,000-site accounts share
 * one), its sites named "CHANTIER i", the first with DSN alerts as many real sites have. Identifiants start with 7,
 * SIRENs with 7: neither the demo registry nor the import benchmark's file uses those.
 */
final class RegistryLines {

    private final StringBuilder lines = new StringBuilder();

    /** Adds the adhérent and sites of account {@code index} of {@code group}; answers the sites' identifiants. */
    List<String> adherent(AccountGroup group, int index) {
        String siren = Identifiers.withLuhnDigit(String.format("7%d%06d", group.code, index));
        String numero = "BENCH" + group.code + "N" + index;
        lines.append("{\"type\":\"adherent\",\"numero_adherent\":\"").append(numero).append("\",\"siren\":\"").append(siren)
                .append("\",\"raison_sociale\":\"BENCH ENTREPRISE ").append(group.code).append('-').append(index)
                .append("\",\"forme_juridique\":\"SAS\"}\n");
        List<String> identifiants = new ArrayList<>();
        for (int i = 0; i < group.sites; i++) {
            String identifiant = Identifiers.identifiant(Long.parseLong(String.format("7%d%03d%05d", group.code, index, i)));
            identifiants.add(identifiant);
            lines.append("{\"type\":\"site\",\"identifiant\":\"").append(identifiant).append("\",\"numero_adherent\":\"").append(numero)
                    .append("\",\"siret\":\"").append(Identifiers.withLuhnDigit(siren + String.format("%04d", i)))
                    .append("\",\"nom\":\"CHANTIER ").append(i).append("\",\"adresse\":{\"ligne1\":\"").append(i)
                    .append(" RUE DU CHANTIER\",\"code_postal\":\"57000\",\"ville\":\"METZ\"}");
            if (i == 0) {
                lines.append(",\"alertes_dsn\":[{\"periode\":\"2022-08\",\"message\":\"Une déclaration à rectifier\"},")
                        .append("{\"periode\":\"2022-10\",\"message\":\"Une déclaration à rectifier\"}]");
            }
            lines.append("}\n");
        }
        return identifiants;
    }

    String ndjson() {
        return lines.toString();
    }
}
