package selfserve.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DispatchWakeUpsTest {

    private final DispatchWakeUps wakeUps = new DispatchWakeUps();

    @Test
    void theFirstWakeUpStartsARunAndLaterOnesWhileItRunsStartNone() {
        assertTrue(wakeUps.request());
        assertFalse(wakeUps.request());
        assertFalse(wakeUps.request());
    }

    @Test
    void wakeUpsDuringARunMakeItRunOnceMore() {
        assertTrue(wakeUps.request());
        wakeUps.begin();
        assertFalse(wakeUps.request());
        assertFalse(wakeUps.request());
        assertTrue(wakeUps.again());
        wakeUps.begin();
        assertFalse(wakeUps.again());
    }

    @Test
    void afterARunEndedTheNextWakeUpStartsANewOne() {
        assertTrue(wakeUps.request());
        wakeUps.begin();
        assertFalse(wakeUps.again());
        assertTrue(wakeUps.request());
    }

    @Test
    void anAbandonedRunLetsTheNextWakeUpStartOne() {
        assertTrue(wakeUps.request());
        wakeUps.abandon();
        assertTrue(wakeUps.request());
    }
}
