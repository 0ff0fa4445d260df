package selfserve.commerce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.OrderHistoryEntry;
import selfserve.commerce.api.SubscriptionEvent;
import selfserve.commerce.api.SubscriptionEventKind;

class OrderHistoryLineTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:15:30.123456789Z");
    private static final UUID ADMIN = UUID.randomUUID();

    @Test
    void aQuantityChangeKeepsBeforeAfterAmountActorAndTimeToTheMicrosecond() {
        OrderHistoryEntry entry = OrderHistoryLine.of(event(SubscriptionEventKind.QUANTITY_CHANGED, ADMIN, 50, 60,
                new Money(new BigDecimal("123.45"), "SEK"), null)).view("Admin Contoso");

        assertEquals(SubscriptionEventKind.QUANTITY_CHANGED, entry.kind());
        assertEquals(50, entry.quantityBefore());
        assertEquals(60, entry.quantityAfter());
        assertEquals(new Money(new BigDecimal("123.45"), "SEK"), entry.amount());
        assertEquals(ADMIN, entry.actorId());
        assertEquals("Admin Contoso", entry.actorName());
        assertEquals(Instant.parse("2026-11-22T10:15:30.123456Z"), entry.at());
    }

    @Test
    void aRenewalBySelfServeHasNoActorAndACancelKeepsItsReason() {
        OrderHistoryEntry renewal = OrderHistoryLine.of(event(SubscriptionEventKind.RENEWED, null, 5, 5,
                new Money(new BigDecimal("99.00"), "USD"), null)).view(null);
        OrderHistoryEntry cancel = OrderHistoryLine.of(event(SubscriptionEventKind.CANCELED_BY_PURCHASER, ADMIN, 5, 5, null,
                "TOO_EXPENSIVE")).view(null);

        assertNull(renewal.actorId());
        assertNull(cancel.amount());
        assertEquals("TOO_EXPENSIVE", cancel.detail());
    }

    @Test
    void remindersAreNoChangesAndHaveNoLine() {
        assertFalse(OrderHistoryLine.isRecorded(SubscriptionEventKind.RENEWAL_REMINDER));
        assertFalse(OrderHistoryLine.isRecorded(SubscriptionEventKind.TRIAL_ENDING_SOON));
        assertTrue(OrderHistoryLine.isRecorded(SubscriptionEventKind.PAYMENT_FAILED));
        assertThrows(IllegalArgumentException.class,
                () -> OrderHistoryLine.of(event(SubscriptionEventKind.RENEWAL_REMINDER, null, 1, 1, null, null)));
    }

    private static SubscriptionEvent event(SubscriptionEventKind kind, UUID actor, int before, int after, Money amount,
                                           String detail) {
        return new SubscriptionEvent(kind, UUID.randomUUID(), UUID.randomUUID(), null, actor, "CFQ7TTC0H9MP", before, after,
                amount, AT, null, detail);
    }
}
