package selfserve.notifications.api;

import java.util.List;

/**
 * Every notice SelfServe sends, with the facts its sentences use. The wording lives in the portal's
 * bundles as {@code notice.<KIND>.subject} and {@code notice.<KIND>.body}, message patterns whose
 * arguments are these facts in this order ({0} is the first). A new kind is one constant here, its two
 * sentences in each bundle, and one line where an event is turned into notices.
 */
public enum NoticeKind {
    // Commerce: to the purchaser.
    PURCHASE_RECEIPT("product", "quantity", "amount", "renewsOn"),
    TRIAL_STARTED("product", "quantity", "endsOn"),
    /** A trial without payment method ends soon; then its licenses stop working. */
    TRIAL_ENDING_SOON("product", "endsOn"),
    /** A trial with a card becomes paid soon. */
    TRIAL_CONVERTING_SOON("product", "endsOn", "amount"),
    TRIAL_CONVERTED("product", "quantity", "amount", "renewsOn"),
    TRIAL_ENDED("product"),
    RENEWAL_REMINDER("product", "renewsOn", "amount", "quantity"),
    RENEWED("product", "quantity", "amount", "renewsOn"),
    PAYMENT_FAILED("product", "reason"),
    SUBSCRIPTION_EXPIRED("product"),
    LICENSES_ADDED("product", "previousQuantity", "quantity", "amount"),
    LICENSES_REDUCED("product", "previousQuantity", "quantity"),
    SUBSCRIPTION_CANCELED("product"),
    /** an admin took the subscription over and canceled it. */
    CANCELED_BY_ADMIN("product", "quantity", "admin"),
    /** an admin moved the subscription's users to another subscription and canceled it. */
    MOVED_BY_ADMIN("product", "quantity", "admin"),
    // Licensing (its events arrive with the licensing issue; the wording is ready).
    /** an admin bought central licenses and asks the purchaser to cancel. */
    CANCEL_REQUESTED("product", "admin"),
    LICENSE_ASSIGNED("product", "by"),
    LICENSE_REMOVED("product", "by"),
    /** to the License and User admins. */
    LICENSE_REQUEST_RECEIVED("requester", "product", "users"),
    LICENSE_REQUEST_APPROVED("product", "admin"),
    LICENSE_REQUEST_DENIED("product", "admin"),
    LICENSES_TO_BE_RECLAIMED("product", "quantity", "on");

    private final List<String> facts;

    NoticeKind(String... facts) {
        this.facts = List.of(facts);
    }

    /** The names of the facts its sentences use, in argument order. */
    public List<String> facts() {
        return facts;
    }
}
