package selfserve.licensing.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Colleagues;
import selfserve.identity.api.Colleagues.Colleague;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.AssignedUser;
import selfserve.licensing.api.LicenseEventKind;
import selfserve.licensing.api.Assignments;
import selfserve.licensing.api.SubscriptionLicenses;
import selfserve.licensing.domain.Assignment;
import selfserve.licensing.domain.AssignmentBatch;
import selfserve.licensing.domain.AssignmentEnd;
import selfserve.licensing.domain.SeatPool;

/**
 * Assigns and unassigns under the seat pool's row lock: concurrent requests on one subscription queue
 * there, each sees the seats the one before it left, and a request for more than is free changes nothing.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class AssignmentsBean implements Assignments {

    @Inject
    private LicensingRepository repository;

    @Inject
    private SeatPools pools;

    @Inject
    private SeatAccess access;

    @Inject
    private Profile profile;

    @Inject
    private Colleagues colleagues;

    @Inject
    private LicensingAudit audit;

    @Inject
    private LicenseEvents events;

    @Inject
    private LicenseGrants grants;

    @Inject
    private SeatCountCheck seatCount;

    @Inject
    private Clock clock;

    @Override
    public SubscriptionLicenses of(UUID subscriptionId) {
        Caller caller = profile.current();
        SeatPool pool = pools.read(subscriptionId);
        return view(pool, SeatAccess.mayAssign(access.of(caller, pool), pool));
    }

    @Override
    public SubscriptionLicenses assign(UUID subscriptionId, Collection<UUID> userIds) {
        Caller caller = profile.current();
        Set<UUID> wanted = AssignmentBatch.of(userIds);
        SeatPool pool = pools.locked(subscriptionId);
        access.requireChange(caller, pool);
        int before = pool.assigned();
        List<UUID> newcomers = grants.grant(caller, pool, wanted);
        if (!newcomers.isEmpty()) {
            audit.byCaller(caller, pool, LicensingAudit.LICENSES_ASSIGNED, before + "/" + pool.seats(),
                    pool.assigned() + "/" + pool.seats() + " +" + newcomers);
            seatCount.confirm(pool);
        }
        return view(pool, true);
    }

    @Override
    public SubscriptionLicenses unassign(UUID subscriptionId, Collection<UUID> userIds) {
        Caller caller = profile.current();
        Set<UUID> leaving = AssignmentBatch.of(userIds);
        SeatPool pool = pools.locked(subscriptionId);
        access.requireChange(caller, pool);
        List<Assignment> ended = repository.currentAssignments(subscriptionId).stream()
                .filter(assignment -> leaving.contains(assignment.userId()))
                .toList();
        if (ended.isEmpty()) {
            return view(pool, true);
        }
        int before = pool.assigned();
        Instant now = clock.instant();
        ended.forEach(assignment -> {
            assignment.end(now, caller.userId(), AssignmentEnd.UNASSIGNED);
            events.license(LicenseEventKind.LICENSE_REMOVED, pool, assignment.userId(), caller.userId());
        });
        pool.release(ended.size());
        audit.byCaller(caller, pool, LicensingAudit.LICENSES_UNASSIGNED, before + "/" + pool.seats(),
                pool.assigned() + "/" + pool.seats() + " -" + ended.stream().map(Assignment::userId).toList());
        seatCount.confirm(pool);
        return view(pool, true);
    }

    @Override
    public List<Colleague> candidates(UUID subscriptionId, String text) {
        Caller caller = profile.current();
        SeatPool pool = pools.read(subscriptionId);
        access.of(caller, pool);
        return colleagues.search(pool.tenantId(), text, Colleagues.MOST_RESULTS);
    }

    private SubscriptionLicenses view(SeatPool pool, boolean mayAssign) {
        List<Assignment> current = repository.currentAssignments(pool.subscriptionId());
        Map<UUID, Colleague> people = current.isEmpty() ? Map.of()
                : colleagues.find(pool.tenantId(), current.stream().map(Assignment::userId).collect(Collectors.toSet()));
        List<AssignedUser> users = current.stream()
                .map(assignment -> {
                    Colleague person = people.get(assignment.userId());
                    return new AssignedUser(assignment.userId(), person == null ? "" : person.displayName(),
                            person == null ? "" : person.email(), assignment.beganAt(), assignment.assignedBy());
                })
                .sorted(Comparator.comparing(AssignedUser::displayName).thenComparing(AssignedUser::email))
                .toList();
        return new SubscriptionLicenses(pool.subscriptionId(), pool.productId(), pool.purchaserId(), pool.isRunning(),
                pool.seats(), pool.assigned(), mayAssign && pool.isRunning(), users);
    }
}
