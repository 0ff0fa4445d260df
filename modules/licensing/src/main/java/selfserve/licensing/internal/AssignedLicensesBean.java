package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import selfserve.commerce.api.AssignedLicenses;
import selfserve.licensing.domain.SeatPool;

/** Tells commerce how many of a subscription's licenses are assigned (it allows no total below that). */
@ApplicationScoped
public class AssignedLicensesBean implements AssignedLicenses {

    @Inject
    private LicensingRepository repository;

    @Override
    public int assigned(UUID subscriptionId) {
        return repository.pool(subscriptionId).map(SeatPool::assigned).orElse(0);
    }
}
