package fr.cibtp.espace.delegation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The delegable features of the Espace sécurisé entreprise and the collèges, as published to portals
 * ({@code rights-catalogue.json}, shipped in this jar and served by the delegation API).
 */
public final class RightsCatalogue {

    /** The catalogue file in the jar, next to this class. */
    public static final String RESOURCE = "rights-catalogue.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record College(String key, String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Feature(String key, String label, List<String> modes) {

        public Set<Mode> allowedModes() {
            return modes.stream().map(Mode::fromKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        /** The most a delegation can give on this feature: what an administrator holds. */
        public Mode highestMode() {
            // Asked for every feature of every token: a look in the list, not a set built each time.
            return modes.contains(Mode.MISE_A_JOUR.key()) ? Mode.MISE_A_JOUR : Mode.CONSULTATION;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(String key, String label, List<Feature> features) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(List<College> colleges, List<Group> groups) {
    }

    private final List<College> colleges;
    private final List<Group> groups;
    private final Map<String, Feature> features;

    private RightsCatalogue(Document document) {
        this.colleges = List.copyOf(document.colleges());
        this.groups = List.copyOf(document.groups());
        Map<String, Feature> byKey = new LinkedHashMap<>();
        for (Group group : groups) {
            for (Feature feature : group.features()) {
                if (byKey.put(feature.key(), feature) != null) {
                    throw new IllegalStateException("Feature listed twice in the catalogue: " + feature.key());
                }
            }
        }
        this.features = java.util.Collections.unmodifiableMap(byKey);
    }

    public static RightsCatalogue shipped() {
        try (InputStream in = RightsCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return new RightsCatalogue(new ObjectMapper().readValue(in, Document.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<College> colleges() {
        return colleges;
    }

    public List<Group> groups() {
        return groups;
    }

    /** Features in catalogue order, by key. */
    public Map<String, Feature> features() {
        return features;
    }

    public Optional<Feature> feature(String key) {
        return Optional.ofNullable(features.get(key));
    }

    public boolean isCollege(String key) {
        return colleges.stream().anyMatch(c -> c.key().equals(key));
    }
}
