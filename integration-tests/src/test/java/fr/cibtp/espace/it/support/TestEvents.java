package fr.cibtp.espace.it.support;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.events.Events;

/** The user events the server recorded since the test began ({@link Events} keeps those of the running test only). */
public final class TestEvents {

    private TestEvents() {
    }

    /** Every event not read yet, oldest first. */
    public static List<EventRepresentation> all(Events events) {
        List<EventRepresentation> all = new ArrayList<>();
        for (EventRepresentation event = events.poll(); event != null; event = events.poll()) {
            all.add(event);
        }
        return all;
    }

    /** The events not read yet of {@code type}, for {@code userId} (any user when null); reads every event not read yet. */
    public static List<EventRepresentation> of(Events events, String type, String userId) {
        return of(all(events), type, userId);
    }

    /** The events of {@code recorded} of {@code type}, for {@code userId} (any user when null). */
    public static List<EventRepresentation> of(List<EventRepresentation> recorded, String type, String userId) {
        return recorded.stream().filter(e -> type.equals(e.getType()) && (userId == null || userId.equals(e.getUserId()))).toList();
    }
}
