package selfserve.commerce.api;

/** What can happen to a subscription; each kind is announced when it happens (the two reminders: see their notes). */
public enum SubscriptionEventKind {
    PURCHASED,
    TRIAL_STARTED,
    /**
     * A few days before a trial ends (3), announced by the renewal schedule on each run in that window with
     * the price it converts at ({@code null} amount: it just ends); observers keep one per term.
     */
    TRIAL_ENDING_SOON,
    TRIAL_CONVERTED,
    TRIAL_ENDED,
    /**
     * A week before an annual subscription renews, announced by the renewal schedule on each run in that
     * window with the price of the next term; observers keep one per term.
     */
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
