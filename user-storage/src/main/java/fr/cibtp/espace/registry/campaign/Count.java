package fr.cibtp.espace.registry.campaign;

/** What the campaign figures count, one {@link CampaignTally} cell each. */
enum Count {
    SITES, SITES_ENROLLED, SITES_IN_PERIOD,
    ADHERENTS, ADHERENTS_ENROLLED, ADHERENTS_IN_PERIOD,
    CABINETS, CABINETS_ENROLLED, CABINETS_IN_PERIOD,
    SALARIES, SALARIES_ENROLLED, SALARIES_IN_PERIOD,
    LETTERS_ISSUED, LETTERS_USED, LETTERS_EXPIRED, LETTERS_LOCKED,
    WAITING_REQUESTS;

    /** An adhérent with sites in two départements counts in both: its realm-wide figure is not their sum. */
    boolean summable() {
        return this != ADHERENTS && this != ADHERENTS_ENROLLED && this != ADHERENTS_IN_PERIOD;
    }
}
