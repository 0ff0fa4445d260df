package selfserve.audit.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How far the events feed may hand entries out. Sequence numbers are drawn when a transaction inserts its
 * entry, but transactions commit in any order: number 41 may still be uncommitted while 42 is visible. A
 * follower handed 42 would move its cursor past 41 and never see it. So the feed stops before the first gap
 * in the numbers, unless the entry after the gap was written at least {@code settle} ago: by then the missing
 * number belongs to a transaction that rolled back (or a number the database skipped), because no transaction
 * lives that long. With the settle time at least twice the transaction timeout this is exact: an entry is
 * written at most one timeout before its number is drawn (at flush), and the missing number was drawn before it.
 */
public final class FeedHorizon {

    /** A number seen after the cursor and when its entry was written. */
    public record Seen(long sequence, Instant occurredAt) {
    }

    private FeedHorizon() {
    }

    /**
     * The highest number up to which every number after {@code after} is either visible in {@code seen} (every
     * tenant's entries after {@code after}, ascending) or settled as never to come.
     */
    public static long of(long after, List<Seen> seen, Instant now, Duration settle) {
        long horizon = after;
        Instant settledBefore = now.minus(settle);
        for (Seen entry : seen) {
            boolean next = entry.sequence() == horizon + 1;
            if (!next && entry.occurredAt().isAfter(settledBefore)) {
                break; // a gap that may still fill
            }
            horizon = entry.sequence();
        }
        return horizon;
    }
}
