package selfserve.licensing.api;

/**
 * One product in the admin licenses view: listed once however many subscriptions it has, with the
 * seats of all its running subscriptions together.
 */
public record ProductLicenses(String productId, String productName, int subscriptions, long available, long assigned) {

    public long free() {
        return available - assigned;
    }
}
