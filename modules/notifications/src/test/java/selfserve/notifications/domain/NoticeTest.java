package selfserve.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.SupportedLocale;
import selfserve.notifications.api.DeliveryState;
import selfserve.notifications.api.NoticeKind;

/** A notice's mail: pending, retried on the schedule, failed after the last attempt, sent once. */
class NoticeTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private static Notice notice() {
        return new Notice(UUID.randomUUID(), UUID.randomUUID(), "anna@contoso.se", "Anna", SupportedLocale.SWEDISH,
                NoticeKind.TRIAL_ENDED, "s-1", new Facts().text("product", "Visio Plan 1"),
                new RenderedMail("subject", "text", "<p>html</p>"), T0);
    }

    @Test
    void aNewNoticeIsPendingAndDueAtOnce() {
        Notice notice = notice();
        assertEquals(DeliveryState.PENDING, notice.mailState());
        assertEquals(T0, notice.delivery().nextAttemptAt());
        assertNull(notice.readAt());
    }

    @Test
    void failedAttemptsWaitLongerEachTimeThenTheMailFails() {
        Notice notice = notice();
        Instant at = T0;
        for (Duration wait : RetrySchedule.WAITS) {
            notice.attemptFailed("MailConnectException: Couldn't connect", at);
            assertEquals(DeliveryState.PENDING, notice.mailState());
            assertEquals(at.plus(wait), notice.delivery().nextAttemptAt());
            at = at.plus(wait);
        }
        notice.attemptFailed("MailConnectException: still down", at);
        assertEquals(DeliveryState.FAILED, notice.mailState());
        assertEquals(RetrySchedule.attempts(), notice.attempts());
        assertEquals("MailConnectException: still down", notice.lastError());
        assertNull(notice.delivery().nextAttemptAt());
        assertThrows(IllegalStateException.class, () -> notice.sent(T0), "a failed mail is not sent until retried");

        notice.retry(at);
        assertEquals(DeliveryState.PENDING, notice.mailState());
        assertEquals(0, notice.attempts());
        notice.sent(at.plusSeconds(1));
        assertEquals(DeliveryState.SENT, notice.mailState());
        assertNull(notice.lastError());
    }

    @Test
    void aSentMailIsNeverSentOrRetriedAgain() {
        Notice notice = notice();
        notice.sent(T0);
        assertThrows(IllegalStateException.class, () -> notice.sent(T0));
        assertThrows(IllegalStateException.class, () -> notice.attemptFailed("x", T0));
        assertThrows(IllegalStateException.class, () -> notice.retry(T0));
    }

    @Test
    void aLongErrorIsCut() {
        Notice notice = notice();
        notice.attemptFailed("x".repeat(5000), T0);
        assertEquals(Notice.ERROR_LENGTH, notice.lastError().length());
    }
}
