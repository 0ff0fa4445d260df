/**
 * Seats and assignments, the admin licenses view and export, take-over and license requests. It keeps a
 * seat pool per subscription from commerce's subscription events and answers commerce's AssignedLicenses.
 */
module selfserve.licensing {
    requires transitive selfserve.commerce; // api records carry commerce and identity types
    requires selfserve.audit;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.transaction;
    requires java.logging;
    requires static microprofile.config.api; // the retention run's interval; the server provides it

    exports selfserve.licensing.api;

    // Entities and EJBs are instantiated reflectively by the container.
    opens selfserve.licensing.domain;
    opens selfserve.licensing.internal;
}
