package selfserve.portal.rest;

import java.time.Instant;
import java.util.UUID;
import selfserve.audit.api.AuditItem;

/**
 * One audit entry as the audit log API shows it.
 *
 * @param actionName      the action in the caller's language
 * @param actorName       how the actor signed in (an email), or {@code selfserve} for what SelfServe did itself
 * @param partnerTenantId the partner organization that acted for the tenant, if any
 * @param productId       the product the entry concerns, if any
 */
public record AuditEntryResponse(UUID id, Instant occurredAt, String action, String actionName, UUID actorId,
                                 String actorName, UUID partnerTenantId, String target, String productId, String before,
                                 String after, String correlationId) {

    static AuditEntryResponse of(AuditItem item, String actionName) {
        return new AuditEntryResponse(item.id(), item.occurredAt(), item.action(), actionName, item.actorId(),
                item.actorName(), item.partnerTenantId(), item.target(), item.productId(), item.before(), item.after(), item.correlationId());
    }
}
