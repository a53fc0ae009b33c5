package fr.cibtp.espace.upgrade;

import java.util.List;

/** The realm changes one release brings to a realm made by an earlier one: applied once, in this order. */
public record Release(ReleaseVersion version, List<RealmChange> changes) {

    public static Release of(String version, RealmChange... changes) {
        return new Release(ReleaseVersion.of(version), List.of(changes));
    }
}
