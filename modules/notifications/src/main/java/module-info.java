/**
 * The outbox, templates per locale, mail delivery and in-app notices. It observes the events of the
 * other modules and reads names, emails, languages and currencies through their api; nobody depends on it
 * except the portal, which shows the notices and supplies the wording ({@code NoticeWording}).
 */
module selfserve.notifications {
    requires transitive selfserve.identity; // api records and methods carry identity's types (SupportedLocale)
    requires selfserve.commerce;
    requires selfserve.licensing; // its events get their notices once the licensing issue adds them
    requires selfserve.audit;
    requires jakarta.persistence;
    requires jakarta.ejb;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires jakarta.transaction;
    requires jakarta.mail;
    requires java.logging;
    // Read at run time by Liberty's MicroProfile Config; the API jar has no stable module name.
    requires static microprofile.config.api;

    exports selfserve.notifications.api;

    // Entities and EJBs are instantiated reflectively by the container.
    opens selfserve.notifications.domain;
    opens selfserve.notifications.internal;
}
