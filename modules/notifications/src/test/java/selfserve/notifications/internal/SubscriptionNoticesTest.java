package selfserve.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.SubscriptionEvent;
import selfserve.commerce.api.SubscriptionEventKind;
import selfserve.notifications.api.NoticeKind;

/** Which notice each commerce event becomes. */
class SubscriptionNoticesTest {

    private static SubscriptionEvent event(SubscriptionEventKind kind, int before, int after, Money amount) {
        return new SubscriptionEvent(kind, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, "CFQ7TTC0H9MP",
                before, after, amount, Instant.EPOCH, Instant.EPOCH, null);
    }

    @Test
    void everyEventKindHasItsNotice() {
        for (SubscriptionEventKind kind : SubscriptionEventKind.values()) {
            assertNotNull(SubscriptionNotices.kindOf(event(kind, 1, 1, null)), kind.name());
        }
        assertEquals(NoticeKind.PURCHASE_RECEIPT, SubscriptionNotices.kindOf(event(SubscriptionEventKind.PURCHASED, 1, 1, null)));
        assertEquals(NoticeKind.CANCELED_BY_ADMIN, SubscriptionNotices.kindOf(event(SubscriptionEventKind.CANCELED_BY_ADMIN, 3, 3, null)));
        assertEquals(NoticeKind.MOVED_BY_ADMIN, SubscriptionNotices.kindOf(event(SubscriptionEventKind.MOVED_BY_ADMIN, 3, 3, null)));
    }

    @Test
    void moreAndFewerLicensesAreToldApart() {
        Money charged = new Money(BigDecimal.TEN, "SEK");
        assertEquals(NoticeKind.LICENSES_ADDED, SubscriptionNotices.kindOf(event(SubscriptionEventKind.QUANTITY_CHANGED, 2, 5, charged)));
        assertEquals(NoticeKind.LICENSES_REDUCED, SubscriptionNotices.kindOf(event(SubscriptionEventKind.QUANTITY_CHANGED, 5, 2, null)));
    }

    @Test
    void aTrialThatBecomesPaidIsToldSoAndOneThatJustEndsToo() {
        Money price = new Money(BigDecimal.TEN, "SEK");
        assertEquals(NoticeKind.TRIAL_CONVERTING_SOON,
                SubscriptionNotices.kindOf(event(SubscriptionEventKind.TRIAL_ENDING_SOON, 1, 1, price)));
        assertEquals(NoticeKind.TRIAL_ENDING_SOON,
                SubscriptionNotices.kindOf(event(SubscriptionEventKind.TRIAL_ENDING_SOON, 25, 25, null)));
    }
}
