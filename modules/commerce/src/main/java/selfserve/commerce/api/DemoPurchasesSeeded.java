package selfserve.commerce.api;

import java.util.List;
import java.util.Map;
import selfserve.identity.api.DemoDirectorySeeded.DemoPerson;

/**
 * Announced in demo mode once the demo subscriptions exist (new or from an earlier start), in the same
 * transaction, so that licensing can add its demo assignments. Not a purchase: nobody is notified.
 *
 * @param people        the demo accounts by sign-in name
 * @param subscriptions every subscription of the demo tenants' people and of Contoso AB's central ones
 */
public record DemoPurchasesSeeded(Map<String, DemoPerson> people, List<SubscriptionRecord> subscriptions) {

    public DemoPurchasesSeeded {
        people = Map.copyOf(people);
        subscriptions = List.copyOf(subscriptions);
    }
}
