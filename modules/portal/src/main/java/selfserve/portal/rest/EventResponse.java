package selfserve.portal.rest;

import java.time.Instant;
import java.util.UUID;
import selfserve.audit.api.AuditItem;

/**
 * One event of the feed: an audit entry of an event kind.
 *
 * @param sequence increases from event to event (with gaps); a follower may use it to drop a repeat
 * @param type     the action code, such as {@code PURCHASE} or {@code POLICY_CHANGED}
 * @param target    what it concerns: a subscription, product, request or tenant id
 * @param productId the product it concerns, if any
 */
public record EventResponse(UUID id, long sequence, String type, Instant occurredAt, UUID tenantId, UUID actorId,
                            String actorName, UUID partnerTenantId, String target, String productId, String before,
                            String after, String correlationId) {

    static EventResponse of(AuditItem item) {
        return new EventResponse(item.id(), item.sequence(), item.action(), item.occurredAt(), item.tenantId(),
                item.actorId(), item.actorName(), item.partnerTenantId(), item.target(), item.productId(), item.before(), item.after(),
                item.correlationId());
    }
}
