/**
 * The outbox, templates per locale, mail delivery and in-app notices; it observes the events of every
 * other module. Built by the notifications issue; for now only its place in the module graph.
 */
module selfserve.notifications {
    requires selfserve.licensing;

    // Exports selfserve.notifications.api, and nothing else, once the notifications issue gives it types.
}
