package fr.cibtp.espace.enrollment;

/**
 * Which link of the login page started the enrollment flow: "Je crée mon espace sécurisé" or "Je les associe à un
 * espace existant". The login page adds {@code parcours=association} to the registration URL for the second.
 */
public enum EnrollmentPath {
    CREATE,
    ASSOCIATE;

    public static final String QUERY_PARAMETER = "parcours";
    public static final String ASSOCIATION = "association";

    static EnrollmentPath fromParameter(String value) {
        return ASSOCIATION.equals(value) ? ASSOCIATE : CREATE;
    }
}
