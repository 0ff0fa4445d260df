package selfserve.commerce.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a subscription's order history: what happened, when, by whom and for how much.
 *
 * @param actorId        the person who acted; {@code null} when SelfServe itself acted (a renewal, say)
 * @param actorName      the acting person's name as the tenant's directory knows it; {@code null} for SelfServe
 *                       or a person the caller may not see (a partner's agent, say)
 * @param quantityBefore the licenses before the change ({@code quantityAfter} after it; equal if unchanged)
 * @param amount         what was charged or invoiced; {@code null} if nothing was
 * @param detail         the cancel reason, decline reason or other code that explains it; may be {@code null}
 */
public record OrderHistoryEntry(Instant at, SubscriptionEventKind kind, UUID actorId, String actorName,
                                int quantityBefore, int quantityAfter, Money amount, String detail) {
}
