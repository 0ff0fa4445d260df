package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.commerce.api.SubscriptionEventKind;
import selfserve.commerce.api.AssignedLicenses;
import selfserve.commerce.api.CancelReason;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Purchases;
import selfserve.commerce.api.SubscriptionView;
import selfserve.commerce.api.Subscriptions;
import selfserve.commerce.domain.IdempotentRequest;
import selfserve.commerce.domain.Invoice;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.commerce.domain.ProRata;
import selfserve.commerce.domain.Subscription;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;

/** A purchaser's own subscriptions: nobody sees or changes another purchaser's here (R-20 to R-23). */
@Stateless
@RolesAllowed(Roles.USER)
public class SubscriptionsBean implements Subscriptions {

    static final int LONGEST_FEEDBACK = 1000;

    @Inject
    private Profile profile;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private CommerceRepository repository;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private Charges charges;

    @Inject
    private CommerceAudit audit;

    @Inject
    private SubscriptionEvents events;

    @Inject
    private IdempotentRequests idempotentRequests;

    @Inject
    private Instance<AssignedLicenses> assignedLicenses;

    @Inject
    private Clock clock;

    @Override
    public List<SubscriptionView> mine() {
        Map<String, String> names = catalog.products().stream().collect(Collectors.toMap(Product::id, Product::name));
        return repository.subscriptionsOf(profile.current().userId()).stream()
                .map(subscription -> subscription.view(names.getOrDefault(subscription.productId(), subscription.productId())))
                .toList();
    }

    @Override
    public SubscriptionView mine(UUID subscriptionId) {
        return view(own(profile.current(), subscriptionId));
    }

    @Override
    public SubscriptionView changeQuantity(UUID subscriptionId, int newTotal, String idempotencyKey) {
        Caller caller = profile.current();
        String fingerprint = "quantity:" + subscriptionId + ":" + newTotal;
        var earlier = idempotentRequests.earlier(caller, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return mine(earlier.get().subscriptionId());
        }
        IdempotentRequest claim = idempotentRequests.claim(caller, idempotencyKey, fingerprint);
        Subscription subscription = running(own(caller, subscriptionId));
        if (newTotal < Purchases.FEWEST_LICENSES || newTotal > Purchases.MOST_LICENSES) {
            throw SelfServeException.invalid("QUANTITY_OUT_OF_RANGE", Purchases.FEWEST_LICENSES, Purchases.MOST_LICENSES);
        }
        int assigned = assignedLicenses.isResolvable() ? assignedLicenses.get().assigned(subscriptionId) : 0;
        if (newTotal < assigned) {
            throw SelfServeException.invalid("QUANTITY_BELOW_ASSIGNED", assigned);
        }
        int before = subscription.quantity();
        Invoice invoice = newTotal > before ? chargeAddedLicenses(subscription, newTotal - before) : null;
        subscription.changeQuantity(newTotal);
        claim.completedWith(subscription, invoice);
        audit.byCaller(caller, CommerceAudit.QUANTITY_CHANGED, subscription,
                String.valueOf(before), String.valueOf(newTotal));
        events.announce(SubscriptionEventKind.QUANTITY_CHANGED, subscription, caller.userId(), before,
                invoice == null ? null : invoice.amount(), null);
        return view(subscription);
    }

    @Override
    public SubscriptionView cancel(UUID subscriptionId, CancelReason reason, String feedback) {
        Caller caller = profile.current();
        Subscription subscription = running(own(caller, subscriptionId));
        if (reason == null) {
            throw SelfServeException.invalid("CANCEL_REASON_REQUIRED");
        }
        String cleanFeedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
        if (cleanFeedback != null && cleanFeedback.length() > LONGEST_FEEDBACK) {
            throw SelfServeException.invalid("FEEDBACK_TOO_LONG", LONGEST_FEEDBACK);
        }
        subscription.cancel(reason, cleanFeedback, clock.instant());
        audit.byCaller(caller, CommerceAudit.SUBSCRIPTION_CANCELED, subscription, null, reason.name());
        events.announce(SubscriptionEventKind.CANCELED_BY_PURCHASER, subscription, caller.userId(), null, reason.name());
        return view(subscription);
    }

    /** More licenses during a term: their share of what is left of it, charged now to the subscription's card. */
    private Invoice chargeAddedLicenses(Subscription subscription, int added) {
        Instant now = clock.instant();
        Money amount = ProRata.forAddedLicenses(subscription.unitPrice(), subscription.term(), added, now,
                subscription.termStartedAt(), subscription.renewsAt());
        PaymentMethod card = repository.paymentMethod(subscription.paymentMethodId()).orElseThrow();
        PaymentGateway.Charge charge = gateway.charge(card.gatewayToken(), amount, subscription.id() + ":+" + added + "@" + now);
        if (!charge.isApproved()) {
            throw SelfServeException.unprocessable("PAYMENT_DECLINED", charge.declined());
        }
        charges.voidIfRolledBack(charge.chargeId());
        Invoice invoice = new Invoice(subscription, amount, charge.chargeId(), now, now, subscription.renewsAt(), added);
        repository.add(invoice);
        return invoice;
    }

    private Subscription own(Caller caller, UUID subscriptionId) {
        return repository.subscription(subscriptionId)
                .filter(subscription -> subscription.isPurchasedBy(caller.userId()))
                .orElseThrow(() -> SelfServeException.notFound("SUBSCRIPTION_NOT_FOUND"));
    }

    private static Subscription running(Subscription subscription) {
        if (!subscription.isRunning()) {
            throw SelfServeException.conflict("SUBSCRIPTION_NOT_RUNNING");
        }
        return subscription;
    }

    private SubscriptionView view(Subscription subscription) {
        String name = catalog.product(subscription.productId()).map(Product::name).orElse(subscription.productId());
        return subscription.view(name);
    }
}
