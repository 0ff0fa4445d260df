package selfserve.commerce.api;

import java.util.List;
import java.util.UUID;

/**
 * "Purchase services": Global admins and Billing admins (and partners with a delegation)
 * buy central subscriptions for the organization at central prices, billed to it by invoice, for any
 * product of the catalog (the self-service policy does not apply). They also change a central
 * subscription's licenses and cancel it. {@code tenantId} null means the caller's own tenant. Every
 * change is audited, recorded in the order history and announced as a {@link SubscriptionEvent}.
 */
public interface CentralPurchases {

    /** The fewest and the most licenses one central subscription may have. */
    int FEWEST_LICENSES = 1;
    int MOST_LICENSES = 10_000;

    /** Whether the caller may buy and change central subscriptions for the tenant (not only read them). */
    boolean canBuy(UUID tenantId);

    /** Every product with its central prices (one per term) in the tenant's currency, by product name. */
    List<CentralPrice> prices(UUID tenantId);

    /**
     * Buys a central subscription: the whole first term is invoiced to the organization at once. The same
     * idempotency key with the same request answers the first receipt again; with another request it is
     * refused ({@code IDEMPOTENCY_KEY_REUSED}).
     */
    CentralReceipt purchase(UUID tenantId, CentralPurchaseRequest request, String idempotencyKey);

    /**
     * Sets a central subscription's licenses to a new total, by the rules of self-service:
     * more are invoiced at once pro rata for the rest of the term; fewer take effect at once without a
     * credit, and the next renewal invoices the new total; never below the licenses in use.
     */
    TenantSubscriptionDetails changeQuantity(UUID tenantId, UUID subscriptionId, int newTotal, String idempotencyKey);

    /** Cancels a central subscription at once, with a reason: its licenses stop working and it does not renew. */
    TenantSubscriptionDetails cancel(UUID tenantId, UUID subscriptionId, CancelReason reason, String feedback);
}
