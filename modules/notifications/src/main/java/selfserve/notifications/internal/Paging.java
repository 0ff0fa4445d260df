package selfserve.notifications.internal;

import selfserve.identity.api.SelfServeException;

/** The bounds of a page a caller may ask for. */
final class Paging {

    private Paging() {
    }

    static void check(int offset, int limit, int largest) {
        if (offset < 0 || limit < 1 || limit > largest) {
            throw SelfServeException.invalid("PAGE_INVALID", largest);
        }
    }
}
