package selfserve.commerce.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The calendar months (UTC) a spend report covers: the current month, so far, and those before it. An
 * invoice belongs to the month it was issued in; the months are half-open ranges, so an invoice issued at
 * midnight on the first belongs to the month that begins then.
 */
public record SpendWindow(YearMonth first, YearMonth last) {

    public SpendWindow {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the window ends before it starts: " + first + " to " + last);
        }
    }

    /** The {@code months} calendar months up to and including the current one, by the clock in UTC. */
    public static SpendWindow lastMonths(Clock clock, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("at least one month: " + months);
        }
        YearMonth current = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        return new SpendWindow(current.minusMonths(months - 1L), current);
    }

    /** Every month of the window, oldest first. */
    public List<YearMonth> months() {
        return Stream.iterate(first, month -> !month.isAfter(last), month -> month.plusMonths(1)).toList();
    }

    /** Where the window starts: midnight UTC on the first day of its first month. */
    public Instant start() {
        return startOf(first);
    }

    /** Where the window ends, excluded: midnight UTC on the first day of the month after its last. */
    public Instant end() {
        return startOf(last.plusMonths(1));
    }

    /** The month an invoice issued at {@code at} counts in, if that is inside the window. */
    public Optional<YearMonth> monthOf(Instant at) {
        YearMonth month = YearMonth.from(at.atOffset(ZoneOffset.UTC));
        return month.isBefore(first) || month.isAfter(last) ? Optional.empty() : Optional.of(month);
    }

    /** Midnight UTC on the first day of {@code month}. */
    public static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
