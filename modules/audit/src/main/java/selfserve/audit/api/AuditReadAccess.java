package selfserve.audit.api;

import java.util.UUID;

/**
 * Who may read a tenant's audit log and events: decided by identity, which knows roles and partner
 * delegations and builds on this module, so the audit module asks through this interface instead of
 * depending on identity. Global admins and Global readers read their tenant's; partners a customer's whose
 * delegation gives them one of those roles.
 */
public interface AuditReadAccess {

    /**
     * The tenant (null: the caller's own) whose entries the caller may read; otherwise a refusal:
     * {@code FORBIDDEN} in the caller's own tenant and {@code TENANT_NOT_FOUND} for any other.
     */
    UUID require(UUID tenantId);
}
