/**
 * The append-only audit trail: every module writes who did what, when, to what; admins read it.
 */
module selfserve.audit {
    requires jakarta.cdi;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.transaction;
    requires java.sql;
    // Read at run time by Liberty's MicroProfile Config; the API jar has no stable module name.
    requires static microprofile.config.api;
    // Flyway's jar names no module; its file name gives the automatic one.
    requires flyway.core;

    exports selfserve.audit.api;

    // Entities and EJBs are instantiated reflectively by the container.
    opens selfserve.audit.domain;
    opens selfserve.audit.internal;
}
