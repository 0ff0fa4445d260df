package selfserve.licensing.api;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import selfserve.identity.api.Colleagues.Colleague;

/**
 * Assigning a subscription's licenses to people of its tenant, and taking them back.
 *
 * <p>The purchaser assigns the licenses of a self-service subscription; admins (Global, License and User
 * admins, and partners by delegation) those of a central one. An admin asking to change a subscription a
 * user bought is refused with {@code PURCHASED_BY_USER} until they take it over. Admins and Global
 * readers may read any subscription of their tenant; for everyone else a subscription they may not see is
 * {@code SUBSCRIPTION_NOT_FOUND}.
 */
public interface Assignments {

    SubscriptionLicenses of(UUID subscriptionId);

    /**
     * Gives licenses to up to 20 active members of the subscription's tenant, all or none: more users than
     * free seats is {@code NOT_ENOUGH_SEATS} (with the free count), anyone who may not hold one
     * {@code USER_NOT_ASSIGNABLE}, anyone holding the product from another subscription
     * {@code ALREADY_LICENSED}. Users who already hold one of this subscription's licenses are left as they are.
     */
    SubscriptionLicenses assign(UUID subscriptionId, Collection<UUID> userIds);

    /** Takes the licenses back from up to 20 of its users; users who hold none of them are ignored. */
    SubscriptionLicenses unassign(UUID subscriptionId, Collection<UUID> userIds);

    /** People the caller may pick for this subscription, whose name or email contains {@code text}. */
    List<Colleague> candidates(UUID subscriptionId, String text);
}
