package selfserve.commerce.api;

import java.util.List;

/** Subscriptions; a purchaser sees only their own. */
public interface Subscriptions {

    /** The caller's own subscriptions, newest first. */
    List<SubscriptionView> mine();
}
