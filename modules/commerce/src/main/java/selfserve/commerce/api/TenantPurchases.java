package selfserve.commerce.api;

import java.util.List;
import java.util.UUID;

/**
 * Every purchase of a tenant, for its Global admins, Billing admins, Global readers and delegated
 * partners. {@code tenantId} null means the caller's own tenant.
 */
public interface TenantPurchases {

    /** The tenant's subscriptions by product, central only or including self-service ones. */
    List<TenantSubscription> subscriptions(UUID tenantId, boolean includeSelfService);
}
