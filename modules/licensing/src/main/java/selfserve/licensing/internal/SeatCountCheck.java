package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import selfserve.licensing.domain.SeatPool;
import selfserve.licensing.internal.LicensingRepository.StoredSeats;

/**
 * Confirms, before a change of licenses commits, that what the database holds for the pool agrees: its stored
 * count, the count the change computed, and the pool's current assignment rows. The seats benchmark found pools
 * whose count stayed 20 above their rows after two unassignments in a row (issue 8), a lost write whose cause is
 * not found yet; a change that would leave a pool like that is rolled back and logged instead of committed.
 */
@ApplicationScoped
public class SeatCountCheck {

    private static final Logger LOG = Logger.getLogger(SeatCountCheck.class.getName());

    @Inject
    private LicensingRepository repository;

    void confirm(SeatPool pool) {
        StoredSeats stored = repository.storedSeats(pool.subscriptionId());
        if (stored.assigned() != pool.assigned() || stored.currentRows() != pool.assigned()) {
            String figures = "seat pool " + pool.subscriptionId() + ": " + pool.assigned() + " assigned by this change, "
                    + stored.assigned() + " stored, " + stored.currentRows() + " current assignments";
            LOG.severe(() -> "Seat count check failed, the change is rolled back; " + figures);
            throw new IllegalStateException("Seat count check failed; " + figures);
        }
    }
}
