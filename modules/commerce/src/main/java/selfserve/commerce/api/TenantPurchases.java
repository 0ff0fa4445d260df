package selfserve.commerce.api;

import java.util.List;
import java.util.UUID;

/**
 * Every purchase of a tenant, for its Global admins, Billing admins, Global readers and delegated
 * partners. {@code tenantId} null means the caller's own tenant; a subscription of another
 * tenant is {@code SUBSCRIPTION_NOT_FOUND}.
 */
public interface TenantPurchases {

    /** The tenant's subscriptions by product, central only or including self-service ones. */
    List<TenantSubscription> subscriptions(UUID tenantId, boolean includeSelfService);

    /**
     * One page of them in the same order: {@code offset} from 0, {@code limit} from 1 to
     * {@link TenantSubscriptionPage#MOST_LIMIT}; other values are {@code PAGE_OFFSET_INVALID} or
     * {@code PAGE_LIMIT_INVALID}.
     */
    TenantSubscriptionPage page(UUID tenantId, boolean includeSelfService, int offset, int limit);

    /** One subscription of the tenant with its payment and order history. */
    TenantSubscriptionDetails subscription(UUID tenantId, UUID subscriptionId);

    /** The order history of one subscription of the tenant, oldest first. */
    List<OrderHistoryEntry> history(UUID tenantId, UUID subscriptionId);
}
