package selfserve.commerce.api;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads of any subscription for other modules, which decide themselves who may see what (licensing checks
 * tenant, purchaser and admin roles before it shows or changes seats). Never exposed as it is to a person.
 */
public interface SubscriptionRecords {

    Optional<SubscriptionRecord> find(UUID subscriptionId);
}
