package selfserve.notifications.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long a mail waits after a failed attempt: 1, 5 and 30 minutes, then 2 and 6 hours; after the sixth
 * failed attempt it is FAILED, about 8½ hours after the first, for an admin to see and retry.
 */
public final class RetrySchedule {

    static final List<Duration> WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(6));

    private RetrySchedule() {
    }

    /** The wait after {@code failedAttempts} failures, or empty when that was the last attempt. */
    public static Optional<Duration> after(int failedAttempts) {
        return failedAttempts >= 1 && failedAttempts <= WAITS.size() ? Optional.of(WAITS.get(failedAttempts - 1))
                : Optional.empty();
    }

    /** How many attempts a mail gets in all. */
    public static int attempts() {
        return WAITS.size() + 1;
    }
}
