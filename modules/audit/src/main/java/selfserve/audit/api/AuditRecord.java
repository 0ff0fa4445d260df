package selfserve.audit.api;

import java.util.Objects;
import java.util.UUID;

/**
 * One thing that happened. The time and the correlation id are added by the trail.
 *
 * @param tenantId        the tenant the action concerns; null when no tenant is known (an unknown sign-in name)
 * @param actorId         the user who acted; null when nobody is signed in
 * @param actorName       how the actor identified themselves (an email), kept even when no user matches
 * @param partnerTenantId the partner organization acting for the tenant, if any
 * @param action          a stable action code, such as {@code SIGN_IN}
 * @param target          what was acted on (a user, product or subscription id); may be null
 * @param before          a short summary of the state before; may be null
 * @param after           a short summary of the state after; may be null
 * @param productId       the product the action concerns (its subscription's, its request's, its policy's), by
 *                        which the audit log filters; null when it concerns no product
 */
public record AuditRecord(UUID tenantId, UUID actorId, String actorName, UUID partnerTenantId,
                          String action, String target, String before, String after, String productId) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
    }

    /** An action that concerns no product. */
    public AuditRecord(UUID tenantId, UUID actorId, String actorName, UUID partnerTenantId,
                       String action, String target, String before, String after) {
        this(tenantId, actorId, actorName, partnerTenantId, action, target, before, after, null);
    }

    /** The same action, concerning a product. */
    public AuditRecord about(String product) {
        return new AuditRecord(tenantId, actorId, actorName, partnerTenantId, action, target, before, after, product);
    }

    /** An action by a user in their own tenant, with no before/after state. */
    public static AuditRecord of(UUID tenantId, UUID actorId, String actorName, String action, String target) {
        return new AuditRecord(tenantId, actorId, actorName, null, action, target, null, null);
    }
}
