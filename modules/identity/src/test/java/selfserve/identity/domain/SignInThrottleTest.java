package selfserve.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} failures -> wait {1}s")
    @CsvSource({"0,0", "4,0", "5,1", "6,2", "7,4", "10,32", "14,512", "15,900", "1000,900"})
    void waitGrowsAfterFiveFailuresAndIsCapped(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), SignInThrottle.waitAfter(failures));
    }

    @Test
    void remainingWaitCountsFromTheLastFailure() {
        Instant lastFailure = clock.instant().minusSeconds(3);

        assertEquals(Duration.ofSeconds(5), SignInThrottle.remainingWait(8, lastFailure, clock.instant()));
    }

    @Test
    void noWaitOnceTheTimeHasPassed() {
        Instant lastFailure = clock.instant().minusSeconds(60);

        assertEquals(Duration.ZERO, SignInThrottle.remainingWait(8, lastFailure, clock.instant()));
    }

    @Test
    void noWaitWithoutAFailure() {
        assertEquals(Duration.ZERO, SignInThrottle.remainingWait(0, null, clock.instant()));
    }
}
