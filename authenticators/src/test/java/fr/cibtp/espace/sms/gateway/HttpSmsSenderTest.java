package fr.cibtp.espace.sms.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HttpSmsSenderTest {

    @Test
    void successStatusesAreRangesOrLists() {
        SuccessStatuses range = SuccessStatuses.parse("200-299");
        assertTrue(range.contains(200));
        assertTrue(range.contains(204));
        assertFalse(range.contains(302));
        SuccessStatuses list = SuccessStatuses.parse("200, 202");
        assertTrue(list.contains(202));
        assertFalse(list.contains(201));
        assertTrue(SuccessStatuses.parse("nonsense").contains(201), "a mistyped setting falls back to 2xx");
    }

    @Test
    void escapesTheMessageForAJsonTemplate() {
        assertEquals("Votre code : 123456\\n\\\"CIBTP\\\"", HttpSmsSender.jsonEscaped("Votre code : 123456\n\"CIBTP\""));
    }
}
