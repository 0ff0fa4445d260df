package selfserve.licensing.api;

/** An admin's answer for one person of a license request. */
public enum RequestOutcome {
    /** Not decided yet. */
    PENDING,
    /** The person holds a license of the product now (given by the decision, or held already). */
    APPROVED,
    /** The admin said no for this person. */
    DENIED
}
