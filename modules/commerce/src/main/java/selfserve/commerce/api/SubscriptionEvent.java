package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Something happened to a subscription. Fired synchronously inside the transaction of the change, so an
 * observer that writes (an outbox row, the end of license assignments) commits or rolls back with it.
 *
 * @param purchaserId who bought it; {@code null} for a central subscription
 * @param actorId     the person who acted; {@code null} when SelfServe itself acted (a renewal, say)
 * @param quantity    the licenses after the change ({@code previousQuantity} before it; equal if unchanged)
 * @param amount      what was charged or invoiced by this change; {@code null} if nothing was
 * @param nextDate    when the subscription next renews or its trial ends; {@code null} once it has ended
 * @param detail      the cancel reason, decline reason or other code that explains the change; may be {@code null}
 */
public record SubscriptionEvent(SubscriptionEventKind kind, UUID subscriptionId, UUID tenantId, UUID purchaserId,
                                UUID actorId, String productId, int previousQuantity, int quantity, Money amount,
                                Instant at, Instant nextDate, String detail) {
}
