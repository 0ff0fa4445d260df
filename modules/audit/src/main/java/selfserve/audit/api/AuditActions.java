package selfserve.audit.api;

import java.util.List;
import java.util.Set;

/**
 * Every action code the modules write, as their {@code *Audit} classes name them, for the audit log's action
 * filter and the names it shows; and the codes the events feed hands out. A test checks that this list and the
 * modules' constants agree, so a new action cannot be left out of the filter or the feed's decision.
 */
public final class AuditActions {

    /** Identity: sign-ins, tokens, settings, users and the self-service purchase policy. */
    public static final List<String> IDENTITY = List.of("SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_THROTTLED", "SIGN_OUT",
            "API_TOKEN_ISSUED", "API_TOKEN_REVOKED", "LOCALE_CHANGED", "USER_CREATED", "USER_STATUS_CHANGED",
            "POLICY_CHANGED", "POLICY_DEFAULT_CHANGED");

    /** Commerce: purchases, trials, changes, renewals, cancellations, billing. */
    public static final List<String> COMMERCE = List.of("PURCHASE", "QUANTITY_CHANGED", "SUBSCRIPTION_CANCELED",
            "SUBSCRIPTION_RENEWED", "RENEWAL_DECLINED", "SUBSCRIPTION_EXPIRED", "TRIAL_STARTED", "TRIAL_CONVERTED",
            "TRIAL_ENDED", "SUBSCRIPTION_TAKEN_OVER", "CENTRAL_PURCHASE", "CENTRAL_QUANTITY_CHANGED",
            "CENTRAL_SUBSCRIPTION_CANCELED", "BILLING_PROFILE_CREATED", "BILLING_PROFILE_CHANGED", "PAYMENT_METHOD_ADDED",
            "PAYMENT_METHOD_CHANGED", "PAYMENT_METHOD_REMOVED", "PAYMENT_METHOD_REPLACED");

    /** Licensing: assignments, take-overs, reclaims and license requests. */
    public static final List<String> LICENSING = List.of("LICENSES_ASSIGNED", "LICENSES_UNASSIGNED",
            "LICENSED_USERS_MOVED", "LICENSED_USERS_CENTRALIZED", "LICENSES_RECLAIMED", "LICENSE_RECLAIM_ANNOUNCED",
            "LICENSE_REQUESTED", "LICENSE_REQUEST_EXTENDED", "LICENSE_REQUEST_DECIDED", "LICENSE_REQUESTS_PURGED",
            "LICENSE_REQUEST_FLOW_CHANGED");

    /** Notifications: an admin sending a failed mail again. */
    public static final List<String> NOTIFICATIONS = List.of("NOTICE_MAIL_RETRIED");

    /** Every code, grouped by module as above. */
    public static final List<String> ALL = concat(IDENTITY, COMMERCE, LICENSING, NOTIFICATIONS);

    /**
     * What the events feed hands out (issue 7): purchases and changes of licenses bought, trials, cancellations,
     * take-overs, the purchase policy and license requests. Sign-ins, tokens, billing details, renewals and
     * assignments stay in the audit log only.
     */
    public static final Set<String> EVENTS = Set.of("PURCHASE", "CENTRAL_PURCHASE", "QUANTITY_CHANGED",
            "CENTRAL_QUANTITY_CHANGED", "TRIAL_STARTED", "TRIAL_CONVERTED", "TRIAL_ENDED", "SUBSCRIPTION_CANCELED",
            "CENTRAL_SUBSCRIPTION_CANCELED", "SUBSCRIPTION_TAKEN_OVER", "LICENSED_USERS_MOVED",
            "LICENSED_USERS_CENTRALIZED", "POLICY_CHANGED", "POLICY_DEFAULT_CHANGED", "LICENSE_REQUESTED",
            "LICENSE_REQUEST_EXTENDED", "LICENSE_REQUEST_DECIDED", "LICENSE_REQUEST_FLOW_CHANGED");

    private AuditActions() {
    }

    public static boolean isKnown(String action) {
        return ALL.contains(action);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... groups) {
        return java.util.Arrays.stream(groups).flatMap(List::stream).toList();
    }
}
