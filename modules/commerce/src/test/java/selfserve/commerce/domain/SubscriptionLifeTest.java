package selfserve.commerce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import selfserve.commerce.api.CancelReason;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Price;
import selfserve.commerce.api.SubscriptionStatus;
import selfserve.commerce.api.Term;

/** A subscription's life, moved along by a fixed clock that each step sets anew. */
class SubscriptionLifeTest {

    private static final Instant BOUGHT = Instant.parse("2026-01-31T10:00:00Z");
    private final Price monthly = new Price("CFQ7TTC0H9MP", Channel.SELF_SERVICE, Term.MONTHLY,
            new Money(new BigDecimal("16.80"), "USD"));

    @Test
    void aTermEndsAfterItsMonthsAndRenewsFromThere() {
        Subscription subscription = bought();

        assertEquals(Instant.parse("2026-02-28T10:00:00Z"), subscription.renewsAt(), "end of February, not March 3");
        assertFalse(subscription.isDueForRenewal(at("2026-02-28T09:59:59Z")));
        assertTrue(subscription.isDueForRenewal(at("2026-02-28T10:00:00Z")));

        subscription.renewed();
        assertEquals(Instant.parse("2026-02-28T10:00:00Z"), subscription.termStartedAt());
        assertEquals(Instant.parse("2026-03-28T10:00:00Z"), subscription.renewsAt());
        assertEquals(new Money(new BigDecimal("50.40"), "USD"), subscription.termPrice());
    }

    @Test
    void declinedRenewalsAreRetriedAfterOneAndThreeDaysThenItExpires() {
        Subscription subscription = bought();
        Instant due = subscription.renewsAt();

        subscription.renewalDeclined(due);
        assertEquals(SubscriptionStatus.ACTIVE, subscription.status());
        assertFalse(subscription.isDueForRenewal(due.plus(Duration.ofHours(23))));
        assertTrue(subscription.isDueForRenewal(due.plus(Duration.ofDays(1))));

        subscription.renewalDeclined(due.plus(Duration.ofDays(1)));
        assertFalse(subscription.isDueForRenewal(due.plus(Duration.ofDays(3))));
        assertTrue(subscription.isDueForRenewal(due.plus(Duration.ofDays(4))));

        subscription.renewalDeclined(due.plus(Duration.ofDays(4)));
        assertEquals(SubscriptionStatus.EXPIRED, subscription.status());
        assertFalse(subscription.isRunning());
        assertFalse(subscription.isDueForRenewal(due.plus(Duration.ofDays(400))));
        assertNotNull(subscription.view("Power BI Pro").endedAt());
    }

    @Test
    void aRenewalAfterADeclineStartsAfresh() {
        Subscription subscription = bought();
        subscription.renewalDeclined(subscription.renewsAt());
        subscription.renewed();

        assertEquals(0, subscription.renewalAttempts());
        assertFalse(subscription.isDueForRenewal(at("2026-03-01T10:00:00Z")));
    }

    @Test
    void aCanceledSubscriptionNeverRenews() {
        Subscription subscription = bought();
        subscription.cancel(CancelReason.TOO_EXPENSIVE, null, at("2026-02-01T00:00:00Z"));

        assertEquals(SubscriptionStatus.CANCELED, subscription.status());
        assertFalse(subscription.isDueForRenewal(at("2027-01-01T00:00:00Z")));
    }

    private Subscription bought() {
        return Subscription.selfService(UUID.randomUUID(), UUID.randomUUID(), monthly, 3, UUID.randomUUID(), BOUGHT);
    }

    private static Instant at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC).instant();
    }
}
