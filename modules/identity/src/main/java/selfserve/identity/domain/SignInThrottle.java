package selfserve.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down guessing: after {@value #FREE_FAILURES} consecutive failures a sign-in name must wait before
 * the next attempt, one second after the first extra failure, doubling with each further one, never
 * more than fifteen minutes. A success resets the count.
 */
public final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private SignInThrottle() {
    }

    /** How long after the last failure the next attempt must wait. */
    public static Duration waitAfter(int consecutiveFailures) {
        int extra = consecutiveFailures - FREE_FAILURES;
        if (extra < 0) {
            return Duration.ZERO;
        }
        return extra >= 10 ? LONGEST_WAIT : min(Duration.ofSeconds(1L << extra), LONGEST_WAIT);
    }

    /** How long from {@code now} an attempt must still wait; zero when it may go ahead. */
    public static Duration remainingWait(int consecutiveFailures, Instant lastFailure, Instant now) {
        if (lastFailure == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, lastFailure.plus(waitAfter(consecutiveFailures)));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
