package selfserve.licensing.api;

/** What can happen to a person's licenses or license requests; each is announced to the person concerned. */
public enum LicenseEventKind {
    /** A license was assigned to the recipient. */
    LICENSE_ASSIGNED,
    /** The recipient's license was taken back (unassigned, reclaimed, or its subscription ended). */
    LICENSE_REMOVED,
    /** An admin asks the recipient, a purchaser, to cancel a subscription whose users were centralized. */
    CANCEL_REQUESTED,
    /** A license request arrived; the recipient is an admin who handles requests. */
    REQUEST_RECEIVED,
    /** The recipient's request was approved (all or some of its people, R-35). */
    REQUEST_APPROVED,
    /** The recipient's request was denied. */
    REQUEST_DENIED,
    /** The recipient's unused license will be reclaimed after a grace period. */
    RECLAIM_NOTICE
}
