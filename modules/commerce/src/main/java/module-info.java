/**
 * Catalog and prices, purchases, trials, subscriptions and their lifecycle, billing profiles, payment
 * methods and invoices. So far the catalog, which it also offers to identity as its ProductCatalog.
 */
module selfserve.commerce {
    requires selfserve.identity;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;

    // Exports selfserve.commerce.api, and nothing else, once purchases give it types.

    // Entities and EJBs are instantiated reflectively by the container.
    opens selfserve.commerce.domain;
    opens selfserve.commerce.internal;
}
