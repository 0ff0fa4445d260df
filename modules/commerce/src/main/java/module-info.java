/**
 * Catalog and prices, purchases, trials, subscriptions and their lifecycle, billing profiles, payment
 * methods and invoices. Built by the commerce issue; for now only its place in the module graph.
 */
module selfserve.commerce {
    requires selfserve.identity;

    // Exports selfserve.commerce.api, and nothing else, once the commerce issue gives it types.
}
