package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.commerce.api.BillingAddress;
import selfserve.commerce.api.CardDetails;
import selfserve.commerce.api.CardUpdate;
import selfserve.commerce.api.Payment;
import selfserve.commerce.api.PaymentMethods;
import selfserve.commerce.api.SavedCard;
import selfserve.commerce.domain.AddressCheck;
import selfserve.commerce.domain.BillingProfile;
import selfserve.commerce.domain.CardCheck;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.commerce.domain.Subscription;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;

/**
 * A purchaser's own saved cards, shown as brand, last four digits, expiry, name and address: added
 * through the gateway, edited after the gateway verified them again, removed when nothing running is
 * charged to them, and put in place of another card on a subscription. Every change is audited without
 * card data beyond what is stored.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class PaymentMethodsBean implements PaymentMethods {

    @Inject
    private Profile profile;

    @Inject
    private CommerceRepository repository;

    @Inject
    private Cards cards;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private CommerceAudit audit;

    @Inject
    private Clock clock;

    @Override
    public List<SavedCard> mine() {
        Caller caller = profile.current();
        UUID preferred = defaultCard(caller);
        return repository.paymentMethodsOf(caller.userId()).stream().map(card -> card.view(card.id().equals(preferred))).toList();
    }

    @Override
    public SavedCard mine(UUID paymentMethodId) {
        Caller caller = profile.current();
        return view(caller, own(caller, paymentMethodId));
    }

    @Override
    public SavedCard add(CardDetails card) {
        Caller caller = profile.current();
        if (card == null) {
            throw SelfServeException.invalid("CARD_NUMBER_INVALID");
        }
        ChosenCard added = cards.of(caller, new Payment.NewCard(card), clock.instant());
        audit.byCaller(caller, CommerceAudit.PAYMENT_METHOD_ADDED, added.method().id().toString(), null, added.newlySaved());
        return view(caller, added.method());
    }

    @Override
    public SavedCard update(UUID paymentMethodId, CardUpdate update) {
        Caller caller = profile.current();
        PaymentMethod card = own(caller, paymentMethodId);
        if (update == null) {
            throw SelfServeException.invalid("CARD_SECURITY_CODE_MISSING");
        }
        CardCheck.checkUpdate(update, clock);
        BillingAddress address = AddressCheck.check(update.address());
        gateway.verify(card.gatewayToken(), update.expiryMonth(), update.expiryYear(), update.securityCode())
                .ifPresent(declined -> {
                    throw SelfServeException.unprocessable("CARD_NOT_VERIFIED", declined);
                });
        String before = card.summary();
        card.update(update.expiryMonth(), update.expiryYear(), update.nameOnCard(), address);
        audit.byCaller(caller, CommerceAudit.PAYMENT_METHOD_CHANGED, card.id().toString(), before, card.summary());
        return view(caller, card);
    }

    @Override
    public void remove(UUID paymentMethodId) {
        Caller caller = profile.current();
        PaymentMethod card = own(caller, paymentMethodId);
        long charged = repository.runningSubscriptionsCharging(card.id());
        if (charged > 0) {
            throw SelfServeException.conflict("PAYMENT_METHOD_IN_USE", charged);
        }
        Instant now = clock.instant();
        card.remove(now);
        String after = repository.billingProfileOf(caller.userId())
                .filter(billing -> card.id().equals(billing.defaultPaymentMethodId()))
                .map(billing -> defaultToNewestOtherCard(caller, billing, card, now))
                .orElse(null);
        audit.byCaller(caller, CommerceAudit.PAYMENT_METHOD_REMOVED, card.id().toString(), card.summary(), after);
    }

    /**
     * The removed card was the default: the newest card left takes its place, or none. Answers the profile's
     * new state for the removal's audit entry.
     */
    private String defaultToNewestOtherCard(Caller caller, BillingProfile billing, PaymentMethod removed, Instant now) {
        UUID next = repository.paymentMethodsOf(caller.userId()).stream().map(PaymentMethod::id)
                .filter(id -> !id.equals(removed.id())).findFirst().orElse(null);
        billing.defaultTo(next, now);
        return "billing profile now: " + billing.summary();
    }

    @Override
    public SavedCard replace(UUID subscriptionId, Payment payment) {
        Caller caller = profile.current();
        Subscription subscription = repository.subscription(subscriptionId)
                .filter(s -> s.isPurchasedBy(caller.userId()))
                .orElseThrow(() -> SelfServeException.notFound("SUBSCRIPTION_NOT_FOUND"));
        if (!subscription.isRunning()) {
            throw SelfServeException.conflict("SUBSCRIPTION_NOT_RUNNING");
        }
        if (subscription.paymentMethodId() == null) {
            throw SelfServeException.conflict("SUBSCRIPTION_NOT_PAID_BY_CARD");
        }
        if (payment == null) {
            throw SelfServeException.invalid("INVALID_INPUT", "card, paymentMethodId");
        }
        String before = repository.paymentMethod(subscription.paymentMethodId()).map(PaymentMethod::summary).orElse(null);
        ChosenCard card = cards.of(caller, payment, clock.instant());
        subscription.replacePaymentMethod(card.method().id());
        audit.byCaller(caller, CommerceAudit.PAYMENT_METHOD_REPLACED, subscription, before,
                card.newlySaved() == null ? card.method().summary() : "new card " + card.newlySaved());
        return view(caller, card.method());
    }

    @Override
    public Map<UUID, UUID> cardsOfMySubscriptions() {
        return repository.subscriptionsOf(profile.current().userId()).stream()
                .filter(s -> s.isRunning() && s.paymentMethodId() != null)
                .collect(Collectors.toMap(Subscription::id, Subscription::paymentMethodId));
    }

    private PaymentMethod own(Caller caller, UUID paymentMethodId) {
        return repository.paymentMethod(paymentMethodId)
                .filter(card -> card.isOwnedBy(caller.userId()))
                .orElseThrow(() -> SelfServeException.notFound("PAYMENT_METHOD_NOT_FOUND"));
    }

    private SavedCard view(Caller caller, PaymentMethod card) {
        return card.view(card.id().equals(defaultCard(caller)));
    }

    private UUID defaultCard(Caller caller) {
        return repository.billingProfileOf(caller.userId()).map(BillingProfile::defaultPaymentMethodId).orElse(null);
    }
}
