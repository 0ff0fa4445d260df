package selfserve.licensing.api;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The admins' licenses view and its export, for every admin role of the tenant ({@code null}: the
 * caller's own) and partners by delegation; anyone else gets {@code FORBIDDEN} in their own tenant and
 * {@code TENANT_NOT_FOUND} for another.
 */
public interface Licenses {

    /** Each product with running subscriptions, once, by name. */
    List<ProductLicenses> products(UUID tenantId);

    /** The running subscriptions of one product, central ones first, then by purchaser. */
    List<SubscriptionSeats> subscriptions(UUID tenantId, String productId);

    /** How many rows {@link #export} would write for these subscriptions (all of the tenant's when empty). */
    long exportSize(UUID tenantId, Collection<UUID> subscriptionIds);

    /**
     * Hands every current holder of a license of these subscriptions (all of the tenant's when empty) to
     * {@code sink}, by subscription and then by date, reading from the database as the sink consumes, so
     * that any number of rows passes through a small, fixed amount of memory.
     */
    void export(UUID tenantId, Collection<UUID> subscriptionIds, Consumer<LicenseHolderRow> sink);
}
