package selfserve.notifications.api;

/** Where a notice's mail is. */
public enum DeliveryState {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server is configured (the demo): kept for the admins' "Sent mail" page instead. */
    KEPT,
    /** Every attempt failed; an admin may retry it. */
    FAILED
}
