/**
 * Seats and assignments, the admin licenses view and export, take-over and license requests. Built by
 * the licensing issue; for now only its place in the module graph.
 */
module selfserve.licensing {
    requires selfserve.commerce;

    // Exports selfserve.licensing.api, and nothing else, once the licensing issue gives it types.
}
