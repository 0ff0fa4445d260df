package selfserve.licensing.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import selfserve.licensing.api.LicenseEventKind;
import selfserve.licensing.domain.Assignment;
import selfserve.licensing.domain.AssignmentEnd;
import selfserve.licensing.domain.SeatPool;

/**
 * One announced reclaim that fell due, in its own transaction: under the pool's row lock the assignment is
 * read again, so when two servers run the schedule the second finds it ended (or kept) and does nothing.
 */
@Stateless
@PermitAll
public class ReclaimStep {

    @Inject
    private LicensingRepository repository;

    @Inject
    private LicenseEvents events;

    @Inject
    private LicensingAudit audit;

    @Inject
    private Clock clock;

    /** True if the license was taken back now. */
    public boolean reclaim(UUID assignmentId) {
        Instant now = clock.instant();
        UUID subscription = repository.assignment(assignmentId).map(Assignment::subscriptionId).orElse(null);
        if (subscription == null) {
            return false;
        }
        SeatPool pool = repository.lockedPool(subscription).orElseThrow();
        Assignment assignment = repository.assignment(assignmentId).orElseThrow();
        repository.refresh(assignment);
        if (!assignment.isCurrent() || assignment.reclaimAt() == null || assignment.reclaimAt().isAfter(now)) {
            return false;
        }
        UUID admin = assignment.reclaimBy();
        assignment.end(now, admin, AssignmentEnd.RECLAIMED);
        pool.release(1);
        events.license(LicenseEventKind.LICENSE_REMOVED, pool, assignment.userId(), admin);
        audit.bySystem(pool, LicensingAudit.LICENSES_RECLAIMED, "[" + assignment.userId() + "] announced by " + admin);
        return true;
    }
}
