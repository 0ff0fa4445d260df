package selfserve.licensing.api;

import java.util.List;

/** One page of a tenant's license requests, newest first, and how many there are under the same filter. */
public record LicenseRequestPage(List<LicenseRequestView> items, long total, int offset, int limit) {

    /** The page size when none is asked for, and the largest one that may be asked for. */
    public static final int DEFAULT_LIMIT = 50;
    public static final int MOST_LIMIT = 200;

    public LicenseRequestPage {
        items = List.copyOf(items);
    }
}
