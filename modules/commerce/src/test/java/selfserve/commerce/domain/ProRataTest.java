package selfserve.commerce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Term;

class ProRataTest {

    private static final Money PER_MONTH = new Money(new BigDecimal("14.00"), "USD");
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void licensesAddedHalfwayCostHalfTheTerm() {
        Instant halfway = Instant.parse("2026-11-16T00:00:00Z");

        assertEquals(new Money(new BigDecimal("35.00"), "USD"), ProRata.forAddedLicenses(PER_MONTH, Term.MONTHLY, 5, halfway, START, END));
    }

    @Test
    void anAnnualTermCountsItsTwelveMonths() {
        Instant end = Instant.parse("2027-11-01T00:00:00Z");

        assertEquals(new Money(new BigDecimal("168.00"), "USD"), ProRata.forAddedLicenses(PER_MONTH, Term.ANNUAL, 1, START, START, end));
    }

    @Test
    void nothingIsLeftToPayAtTheEndOfTheTerm() {
        assertEquals(new Money(BigDecimal.ZERO, "USD"), ProRata.forAddedLicenses(PER_MONTH, Term.MONTHLY, 5, END, START, END));
    }
}
