package selfserve.licensing.domain;

import java.time.Instant;
import java.time.ZoneOffset;

/** License requests are kept for 12 months from when they were made, then purged. */
public final class RequestRetention {

    public static final int MONTHS_KEPT = 12;

    private RequestRetention() {
    }

    /** Requests made at or before this moment are purged at {@code now}; calendar months, in UTC. */
    public static Instant cutoff(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(MONTHS_KEPT).toInstant();
    }
}
