package selfserve.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import selfserve.audit.domain.FeedHorizon.Seen;

class FeedHorizonTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    private static final Duration SETTLE = Duration.ofSeconds(240);

    @Test
    void withoutGapsEverythingVisibleMayBeHandedOut() {
        assertEquals(13, FeedHorizon.of(10, List.of(seen(11, 1), seen(12, 1), seen(13, 0)), NOW, SETTLE));
    }

    @Test
    void nothingNewKeepsTheCursor() {
        assertEquals(10, FeedHorizon.of(10, List.of(), NOW, SETTLE));
    }

    @Test
    void aFreshGapStopsTheFeedBeforeIt() {
        // 12 is drawn but not committed (or rolled back a moment ago): 13 must wait.
        assertEquals(11, FeedHorizon.of(10, List.of(seen(11, 1), seen(13, 1), seen(14, 0)), NOW, SETTLE));
    }

    @Test
    void aGapRightAfterTheCursorHoldsEverything() {
        assertEquals(10, FeedHorizon.of(10, List.of(seen(12, 5)), NOW, SETTLE));
    }

    @Test
    void aGapBeforeAnEntryOlderThanTheSettleTimeIsPassed() {
        // 12 can no longer commit: 13 was written longer ago than any transaction lives.
        assertEquals(14, FeedHorizon.of(10, List.of(seen(11, 300), seen(13, 241), seen(14, 0)), NOW, SETTLE));
    }

    @Test
    void aSettledGapDoesNotPassALaterFreshOne() {
        assertEquals(13, FeedHorizon.of(10, List.of(seen(13, 250), seen(15, 10)), NOW, SETTLE));
    }

    @Test
    void anEntryWrittenExactlyTheSettleTimeAgoCountsAsSettled() {
        assertEquals(12, FeedHorizon.of(10, List.of(seen(12, 240)), NOW, SETTLE));
    }

    private static Seen seen(long sequence, long secondsAgo) {
        return new Seen(sequence, NOW.minusSeconds(secondsAgo));
    }
}
