package fr.cibtp.espace.registry.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import fr.cibtp.espace.registry.campaign.CampaignFigures.Enrollment;
import fr.cibtp.espace.registry.campaign.CampaignFigures.Figures;
import org.junit.jupiter.api.Test;

class CampaignTallyTest {

    @Test
    void departementsAddUpInTheirUsualOrder() {
        CampaignTally tally = withAdherents();
        tally.add("57", Count.SITES, 10);
        tally.add("57", Count.SITES, 5L);
        tally.add("57", Count.SITES_ENROLLED, 4);
        tally.add("2A", Count.SITES, 1);
        tally.add("2B", Count.SITES, 2);
        tally.add("974", Count.SITES, 3);
        tally.add(null, Count.SITES, 5);
        tally.add("inconnu", Count.SITES, 2);
        tally.add("21", Count.SITES, 1);
        tally.add("01", Count.WAITING_REQUESTS, 2);
        List<Figures> departements = tally.departements();
        assertEquals(List.of("01", "2A", "2B", "21", "57", "974", "inconnu"), departements.stream().map(Figures::departement).toList());
        assertEquals(new Enrollment(15, 4, 11, 0), departements.get(4).sites());
        assertEquals(2, departements.get(0).demandesDeCodeEnAttente());
        assertEquals(new Enrollment(29, 4, 25, 0), tally.total().sites());
        assertEquals(null, tally.total().departement());
    }

    @Test
    void adherentsTakeTheirRealmWideFigureNotTheSumOfDepartements() {
        CampaignTally tally = withAdherents();
        tally.add("57", Count.ADHERENTS, 3);
        tally.add("54", Count.ADHERENTS, 2);
        tally.add("54", Count.ADHERENTS_ENROLLED, 1);
        assertEquals(new Enrollment(4, 1, 3, 0), tally.total().adherents());
        assertEquals(new Enrollment(2, 1, 1, 0), tally.departements().get(0).adherents());
    }

    @Test
    void aTotalWithoutTheRealmWideAdherentsIsAMistake() {
        assertThrows(IllegalStateException.class, () -> new CampaignTally().total());
    }

    private static CampaignTally withAdherents() {
        CampaignTally tally = new CampaignTally();
        tally.realmWide(Count.ADHERENTS, 4);
        tally.realmWide(Count.ADHERENTS_ENROLLED, 1);
        tally.realmWide(Count.ADHERENTS_IN_PERIOD, 0);
        return tally;
    }
}
