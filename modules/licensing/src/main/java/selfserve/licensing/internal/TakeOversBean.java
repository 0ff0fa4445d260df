package selfserve.licensing.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import selfserve.commerce.api.AdminCancellations;
import selfserve.commerce.api.CancelReason;
import selfserve.commerce.api.SubscriptionRecord;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.Assignments;
import selfserve.licensing.api.LicenseEvent;
import selfserve.licensing.api.LicenseEventKind;
import selfserve.licensing.api.SubscriptionLicenses;
import selfserve.licensing.api.TakeOvers;
import selfserve.licensing.domain.Assignment;
import selfserve.licensing.domain.AssignmentEnd;
import selfserve.licensing.domain.SeatPool;

/**
 * Take-overs and centralizing: the users move under both pools' row locks, then commerce ends the
 * subscription (or the purchaser is asked to cancel it), all in one transaction.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN,
        Roles.PARTNER})
public class TakeOversBean implements TakeOvers {

    @Inject
    private LicensingRepository repository;

    @Inject
    private SeatPools pools;

    @Inject
    private SeatAccess access;

    @Inject
    private Profile profile;

    @Inject
    private AdminCancellations cancellations;

    @Inject
    private Assignments assignments;

    @Inject
    private LicensingAudit audit;

    @Inject
    private LicenseEvents events;

    @Inject
    private Clock clock;

    @Override
    public SubscriptionLicenses moveUsers(UUID subscriptionId, UUID targetSubscriptionId) {
        Caller caller = profile.current();
        Move move = moveHolders(caller, subscriptionId, targetSubscriptionId, false);
        SubscriptionRecord ended = cancellations.cancelAfterMove(subscriptionId);
        // The take-over's one entry: the users moved and the subscription ended, in one transaction.
        audit.byCaller(caller, move.source(), LicensingAudit.USERS_MOVED, move.users() + " users",
                ended.status() + ", " + move.users() + " users to " + targetSubscriptionId);
        return assignments.of(targetSubscriptionId);
    }

    @Override
    public SubscriptionLicenses centralize(UUID subscriptionId, UUID centralSubscriptionId) {
        Caller caller = profile.current();
        Move move = moveHolders(caller, subscriptionId, centralSubscriptionId, true);
        SeatPool source = move.source();
        events.fire(new LicenseEvent(LicenseEventKind.CANCEL_REQUESTED, source.tenantId(), source.purchaserId(),
                caller.userId(), source.productId(), source.subscriptionId(), null, move.users(), null, clock.instant(),
                null));
        audit.byCaller(caller, source, LicensingAudit.USERS_CENTRALIZED, null,
                move.users() + " users to " + centralSubscriptionId);
        return assignments.of(centralSubscriptionId);
    }

    /** What a move did: from which pool, and how many users it moved. */
    private record Move(SeatPool source, int users) {
    }

    /**
     * Moves every current holder of a running self-service subscription to another running subscription of
     * the same product and tenant (a central one when {@code centralTarget}), all or nothing, under both row
     * locks taken in id order so that two take-overs never wait on each other in a circle.
     */
    private Move moveHolders(Caller caller, UUID subscriptionId, UUID targetSubscriptionId, boolean centralTarget) {
        if (targetSubscriptionId == null || targetSubscriptionId.equals(subscriptionId)) {
            throw SelfServeException.invalid("MOVE_TARGET_INVALID");
        }
        boolean sourceFirst = subscriptionId.compareTo(targetSubscriptionId) < 0;
        SeatPool first = pools.locked(sourceFirst ? subscriptionId : targetSubscriptionId);
        SeatPool second = pools.locked(sourceFirst ? targetSubscriptionId : subscriptionId);
        SeatPool source = sourceFirst ? first : second;
        SeatPool target = sourceFirst ? second : first;
        access.requireTakeOver(caller, source);
        if (!target.tenantId().equals(source.tenantId()) || !target.productId().equals(source.productId())
                || !target.isRunning() || centralTarget && target.isSelfService()) {
            throw SelfServeException.invalid("MOVE_TARGET_INVALID");
        }
        if (!source.isSelfService()) {
            throw SelfServeException.invalid("NOT_SELF_SERVICE");
        }
        if (!source.isRunning()) {
            throw SelfServeException.conflict("SUBSCRIPTION_NOT_RUNNING");
        }
        List<Assignment> moving = repository.currentAssignments(source.subscriptionId());
        if (moving.size() > target.free()) {
            throw SelfServeException.conflict("NOT_ENOUGH_SEATS_TO_MOVE", moving.size(), target.free(),
                    moving.size() - target.free());
        }
        Instant now = clock.instant();
        moving.forEach(assignment -> assignment.end(now, caller.userId(), AssignmentEnd.MOVED));
        source.release(moving.size());
        repository.flush(); // the ended rows free their users before the same users are assigned anew
        target.take(moving.size());
        moving.forEach(assignment -> repository.add(new Assignment(target, assignment.userId(), caller.userId(), now)));
        return new Move(source, moving.size());
    }

    @Override
    public SubscriptionLicenses cancel(UUID subscriptionId, CancelReason reason) {
        Caller caller = profile.current();
        // Read, not locked: commerce ends the subscription first and the pool after it, in the order a
        // purchaser's own cancel takes them, so the two never wait on each other in a circle.
        access.requireTakeOver(caller, pools.read(subscriptionId));
        cancellations.cancel(subscriptionId, reason);
        return assignments.of(subscriptionId);
    }
}
