package selfserve.commerce.domain;

import selfserve.commerce.api.TenantSubscriptionPage;
import selfserve.identity.api.SelfServeException;

/** Which rows of a list a page shows: from {@code offset} (0 or more), at most {@code limit} (1 to the most allowed). */
public record PageWindow(int offset, int limit) {

    public PageWindow {
        if (offset < 0) {
            throw SelfServeException.invalid("PAGE_OFFSET_INVALID");
        }
        if (limit < 1 || limit > TenantSubscriptionPage.MOST_LIMIT) {
            throw SelfServeException.invalid("PAGE_LIMIT_INVALID", TenantSubscriptionPage.MOST_LIMIT);
        }
    }
}
