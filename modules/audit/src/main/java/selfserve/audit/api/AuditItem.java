package selfserve.audit.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit entry as the audit log and the events feed show it.
 *
 * @param sequence the entry's number: every entry gets a higher one than those written before it
 * @see AuditRecord for the other fields
 */
public record AuditItem(long sequence, UUID id, Instant occurredAt, UUID tenantId, UUID actorId, String actorName,
                        UUID partnerTenantId, String action, String target, String productId, String before,
                        String after, String correlationId) {
}
