package fr.cibtp.espace.registry;

/** An open anomaly of a monthly social declaration (DSN), shown in the site chooser. */
public record DsnAlert(String periode, String message) {
}
