package fr.cibtp.espace.registry.importing;

import java.util.List;

import fr.cibtp.espace.registry.DsnAlert;
import fr.cibtp.espace.registry.PostalAddress;

/** One valid line of a registry import, in canonical form. {@code code} is the canonical provisional code or null. */
public sealed interface RegistryRecord {

    String code();

    record CabinetRecord(String identifiant, String siret, String raisonSociale, PostalAddress postal, String code)
            implements RegistryRecord {
    }

    record AdherentRecord(String numero, String siren, String raisonSociale, String formeJuridique, String cabinet)
            implements RegistryRecord {
        @Override
        public String code() {
            return null;
        }
    }

    record SiteRecord(String identifiant, String numeroAdherent, String siret, String nom, PostalAddress postal,
                      List<DsnAlert> alertes, String code) implements RegistryRecord {
    }

    record SalarieRecord(String identifiant, PostalAddress postal, String code) implements RegistryRecord {
    }
}
