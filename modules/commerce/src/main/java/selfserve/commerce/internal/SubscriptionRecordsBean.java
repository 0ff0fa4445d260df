package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import selfserve.commerce.api.SubscriptionRecord;
import selfserve.commerce.api.SubscriptionRecords;
import selfserve.commerce.domain.Subscription;
import selfserve.identity.api.Roles;

/** Subscription facts for other modules (see {@link SubscriptionRecords}). */
@Stateless
@RolesAllowed(Roles.USER)
public class SubscriptionRecordsBean implements SubscriptionRecords {

    @Inject
    private CommerceRepository repository;

    @Override
    public Optional<SubscriptionRecord> find(UUID subscriptionId) {
        return repository.subscription(subscriptionId).map(Subscription::record);
    }
}
