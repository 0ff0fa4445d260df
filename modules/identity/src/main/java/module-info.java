/**
 * Tenants, users, roles and partner delegations; signing in with a password or an API token.
 */
module selfserve.identity {
    requires selfserve.audit;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.transaction;
    requires java.logging;
    // Read at run time by Liberty's MicroProfile Config; the API jar has no stable module name.
    requires static microprofile.config.api;

    exports selfserve.identity.api;

    // Entities and EJBs are instantiated reflectively by the container.
    opens selfserve.identity.domain;
    opens selfserve.identity.internal;
}
