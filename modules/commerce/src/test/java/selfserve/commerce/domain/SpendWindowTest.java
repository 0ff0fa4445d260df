package selfserve.commerce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpendWindowTest {

    private static final Clock MID_MARCH = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void twelveMonthsAreTheCurrentOneAndTheElevenBeforeItOldestFirst() {
        SpendWindow window = SpendWindow.lastMonths(MID_MARCH, 12);

        assertEquals(YearMonth.of(2026, 4), window.first());
        assertEquals(YearMonth.of(2027, 3), window.last());
        assertEquals(12, window.months().size());
        assertEquals(YearMonth.of(2026, 4), window.months().getFirst());
        assertEquals(YearMonth.of(2027, 3), window.months().getLast());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), window.start());
        assertEquals(Instant.parse("2027-04-01T00:00:00Z"), window.end());
    }

    @Test
    void monthsAreCalendarMonthsInUtcWhateverTheClocksZone() {
        // 23:30 on 31 December in UTC is already 1 January in Stockholm: UTC decides.
        Clock newYearsEveInStockholm = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneId.of("Europe/Stockholm"));

        SpendWindow window = SpendWindow.lastMonths(newYearsEveInStockholm, 12);

        assertEquals(YearMonth.of(2026, 12), window.last());
        assertEquals(YearMonth.of(2026, 1), window.first());
    }

    @Test
    void anInvoiceCountsInTheMonthItWasIssuedInAndMidnightStartsTheNextMonth() {
        SpendWindow window = SpendWindow.lastMonths(MID_MARCH, 12);

        assertEquals(Optional.of(YearMonth.of(2027, 2)), window.monthOf(Instant.parse("2027-02-28T23:59:59.999999Z")));
        assertEquals(Optional.of(YearMonth.of(2027, 3)), window.monthOf(Instant.parse("2027-03-01T00:00:00Z")));
        assertEquals(Optional.of(YearMonth.of(2026, 4)), window.monthOf(Instant.parse("2026-04-01T00:00:00Z")));
        assertEquals(Optional.empty(), window.monthOf(Instant.parse("2026-03-31T23:59:59Z")), "before the window");
        assertEquals(Optional.empty(), window.monthOf(Instant.parse("2027-04-01T00:00:00Z")), "after the window");
    }

    @Test
    void aLeapDayAndTheFirstOfTheMonthOnTheClockGiveTheSameWindowAsMidMonth() {
        Clock leapDay = Clock.fixed(Instant.parse("2028-02-29T12:00:00Z"), ZoneOffset.UTC);
        Clock firstOfMonth = Clock.fixed(Instant.parse("2028-02-01T00:00:00Z"), ZoneOffset.UTC);

        assertEquals(SpendWindow.lastMonths(leapDay, 12), SpendWindow.lastMonths(firstOfMonth, 12));
        assertEquals(YearMonth.of(2027, 3), SpendWindow.lastMonths(leapDay, 12).first());
    }

    @Test
    void oneMonthIsTheCurrentOneAndNoneIsAMistake() {
        assertEquals(new SpendWindow(YearMonth.of(2027, 3), YearMonth.of(2027, 3)), SpendWindow.lastMonths(MID_MARCH, 1));
        assertThrows(IllegalArgumentException.class, () -> SpendWindow.lastMonths(MID_MARCH, 0));
        assertThrows(IllegalArgumentException.class, () -> new SpendWindow(YearMonth.of(2027, 3), YearMonth.of(2027, 2)));
    }
}
