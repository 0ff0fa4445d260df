package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import selfserve.commerce.api.AdminCancellations;
import selfserve.commerce.api.CancelReason;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.SubscriptionEventKind;
import selfserve.commerce.api.SubscriptionRecord;
import selfserve.commerce.domain.Subscription;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;

/** Take-overs that end a self-service subscription; identity decides who administers its tenant. */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN,
        Roles.PARTNER})
public class AdminCancellationsBean implements AdminCancellations {

    /** The roles that take purchases over in Microsoft 365's admin center. */
    static final Set<Role> TAKE_OVER_ROLES = Set.of(Role.GLOBAL_ADMIN, Role.BILLING_ADMIN, Role.LICENSE_ADMIN);

    @Inject
    private CommerceRepository repository;

    @Inject
    private AdminScope scope;

    @Inject
    private Profile profile;

    @Inject
    private CommerceAudit audit;

    @Inject
    private SubscriptionEvents events;

    @Inject
    private Clock clock;

    @Override
    public SubscriptionRecord cancel(UUID subscriptionId, CancelReason reason) {
        if (reason == null) {
            throw SelfServeException.invalid("CANCEL_REASON_REQUIRED");
        }
        return end(subscriptionId, reason, SubscriptionEventKind.CANCELED_BY_ADMIN);
    }

    @Override
    public SubscriptionRecord cancelAfterMove(UUID subscriptionId) {
        return end(subscriptionId, null, SubscriptionEventKind.MOVED_BY_ADMIN);
    }

    private SubscriptionRecord end(UUID subscriptionId, CancelReason reason, SubscriptionEventKind kind) {
        Caller caller = profile.current();
        Subscription subscription = takeable(caller, subscriptionId);
        String before = subscription.status().name();
        subscription.takenOver(caller.userId(), reason, clock.instant());
        if (kind == SubscriptionEventKind.CANCELED_BY_ADMIN) { // a move is audited by licensing, which moved the users
            audit.byAdmin(caller, CommerceAudit.TAKEN_OVER, subscription,
                    before, subscription.status() + " " + reason.name());
        }
        events.announce(kind, subscription, caller.userId(), null, reason == null ? null : reason.name());
        return subscription.record();
    }

    /** The subscription if the caller may take it over now; a foreign one is not found, whoever asks. */
    private Subscription takeable(Caller caller, UUID subscriptionId) {
        Subscription subscription = repository.subscription(subscriptionId)
                .orElseThrow(() -> SelfServeException.notFound("SUBSCRIPTION_NOT_FOUND", subscriptionId));
        try {
            scope.require(subscription.tenantId(), Set.of(Role.values()));
        } catch (SelfServeException notTheirTenant) {
            throw SelfServeException.notFound("SUBSCRIPTION_NOT_FOUND", subscriptionId);
        }
        scope.require(subscription.tenantId(), TAKE_OVER_ROLES);
        if (subscription.channel() != Channel.SELF_SERVICE) {
            throw SelfServeException.invalid("NOT_SELF_SERVICE");
        }
        if (!subscription.isRunning()) {
            throw SelfServeException.conflict("SUBSCRIPTION_NOT_RUNNING");
        }
        return subscription;
    }
}
