package selfserve.commerce.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a declined renewal charge is tried again: one day after the first failure, then three days after
 * the second; a third failure expires the subscription.
 */
public final class RenewalSchedule {

    static final List<Duration> RETRIES = List.of(Duration.ofDays(1), Duration.ofDays(3));

    private RenewalSchedule() {
    }

    /** How long after the given number of failed attempts to try again; empty when it is over. */
    public static Optional<Duration> retryAfter(int failedAttempts) {
        return failedAttempts >= 1 && failedAttempts <= RETRIES.size()
                ? Optional.of(RETRIES.get(failedAttempts - 1)) : Optional.empty();
    }
}
