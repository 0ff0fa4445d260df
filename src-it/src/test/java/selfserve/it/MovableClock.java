package selfserve.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of a deployment whose test moves time, as Kill Bill's tests do: added to a test's deployment,
 * it takes the place of the portal's system clock for every module. It runs on from wherever it was set.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves time forward by {@code by}. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Moves time so that it is {@code at} now. */
    public void setTo(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
