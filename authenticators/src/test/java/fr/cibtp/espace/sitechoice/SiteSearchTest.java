package fr.cibtp.espace.sitechoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SiteSearchTest {

    @Test
    void aSearchIsStrippedAndAPageIsAPositiveNumber() {
        SiteSearch search = SiteSearch.of("  324 838 994 ", "3");
        assertEquals("324 838 994", search.query());
        assertEquals(3, search.page());
        assertEquals(20, search.first(10));
        assertNull(search.errorKey());
    }

    @Test
    void anythingElseIsTheFirstPage() {
        for (String page : new String[]{null, "", "0", "-2", "abc", "9999999999999", "1e3"}) {
            assertEquals(1, SiteSearch.of("", page).page(), page);
        }
    }

    @Test
    void aSearchLongerThanAnyNameIsRefused() {
        SiteSearch search = SiteSearch.of("9".repeat(5000), "2");
        assertEquals("cibtpSiteSearchTooLong", search.errorKey());
        assertEquals("", search.query());
        assertEquals(1, search.page());
        assertNull(SiteSearch.of("x".repeat(SiteSearch.MAX_QUERY), null).errorKey());
    }

    @Test
    void pagesAreAtLeastOne() {
        assertEquals(1, SiteSearch.pages(0, 10));
        assertEquals(1, SiteSearch.pages(10, 10));
        assertEquals(2, SiteSearch.pages(11, 10));
        assertEquals(1000, SiteSearch.pages(10_000, 10));
    }
}
