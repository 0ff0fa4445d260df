/**
 * Catalog and prices, purchases, trials, subscriptions and their lifecycle, billing profiles, payment
 * methods and invoices. It offers its catalog to identity as identity's ProductCatalog.
 */
module selfserve.commerce {
    requires transitive selfserve.identity; // api records carry identity's types (Product, eligibility)
    requires selfserve.audit;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.transaction;
    requires java.logging;
    // Invoice PDFs; automatic modules (Automatic-Module-Name in their manifests).
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    // Read at run time by Liberty's MicroProfile Config; the API jar has no stable module name.
    requires static microprofile.config.api;

    exports selfserve.commerce.api;

    // Entities and EJBs are instantiated reflectively by the container.
    opens selfserve.commerce.domain;
    opens selfserve.commerce.internal;
}
