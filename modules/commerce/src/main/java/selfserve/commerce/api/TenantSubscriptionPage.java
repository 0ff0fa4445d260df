package selfserve.commerce.api;

import java.util.List;

/**
 * One page of a tenant's subscriptions, in a stable order (product, newest first, then id), and how many
 * there are under the same filter.
 */
public record TenantSubscriptionPage(List<TenantSubscription> items, long total, int offset, int limit) {

    /** The page size when none is asked for, and the largest one that may be asked for. */
    public static final int DEFAULT_LIMIT = 100;
    public static final int MOST_LIMIT = 500;

    public TenantSubscriptionPage {
        items = List.copyOf(items);
    }
}
