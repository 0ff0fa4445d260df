package selfserve.licensing.domain;

/** Why an assignment ended. */
public enum AssignmentEnd {
    /** The purchaser or an admin removed the license from the user. */
    UNASSIGNED,
    /** The subscription was canceled, expired or its trial ended: its users lost access. */
    SUBSCRIPTION_ENDED,
    /** An admin moved the user to another subscription of the same product. */
    MOVED,
    /** An admin reclaimed an unused license. */
    RECLAIMED
}
