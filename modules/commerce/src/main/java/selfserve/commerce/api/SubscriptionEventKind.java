package selfserve.commerce.api;

/** What can happen to a subscription; each kind is announced once, when it happens. */
public enum SubscriptionEventKind {
    PURCHASED,
    TRIAL_STARTED,
    /** A few days before a trial ends (announced by the renewal schedule). */
    TRIAL_ENDING_SOON,
    TRIAL_CONVERTED,
    TRIAL_ENDED,
    /** A few days before a paid subscription renews (announced by the renewal schedule). */
    RENEWAL_REMINDER,
    RENEWED,
    /** A renewal charge was declined; it is retried (the detail names the decline reason). */
    PAYMENT_FAILED,
    /** The last retry was declined too, or the subscription ran out. */
    EXPIRED,
    QUANTITY_CHANGED,
    CANCELED_BY_PURCHASER,
    /** An admin took the subscription over and canceled it. */
    CANCELED_BY_ADMIN,
    /** An admin took the subscription over, moved its users to another subscription and canceled it. */
    MOVED_BY_ADMIN
}
