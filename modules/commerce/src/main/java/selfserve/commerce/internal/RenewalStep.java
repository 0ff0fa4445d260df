package selfserve.commerce.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import selfserve.commerce.api.SubscriptionEventKind;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.SubscriptionStatus;
import selfserve.commerce.domain.Invoice;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.commerce.domain.Subscription;

/**
 * The renewal of one subscription (or the end of a trial), in two transactions of its own: first the claim, committed, so no
 * other server starts the same renewal; then the charge with its invoice, or the declined attempt. Not
 * part of the API: only the renewal run calls it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RenewalStep {

    /** Longer than a charge and its records can take; a server that died holding a claim frees it by then. */
    static final Duration CLAIM = Duration.ofMinutes(10);
    /** How long before its end a trial is announced as ending soon. */
    static final Duration TRIAL_REMINDER = Duration.ofDays(3);
    /** How long before an annual term renews it is announced. */
    static final Duration ANNUAL_REMINDER = Duration.ofDays(7);

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
    private Clock clock;

    public boolean claim(UUID subscriptionId) {
        Instant now = clock.instant();
        return repository.claimRenewal(subscriptionId, now, now.plus(CLAIM));
    }

    /** Charges the next term, or records the declined attempt; the claim is released either way. */
    public void renew(UUID subscriptionId) {
        Instant now = clock.instant();
        Subscription subscription = repository.subscription(subscriptionId).orElseThrow();
        if (subscription.isDueForRenewal(now) && subscription.isTrialWithoutPaymentMethod()) {
            subscription.trialEnded(now);
            audit.bySystem(subscription, CommerceAudit.TRIAL_ENDED, null);
            events.announce(SubscriptionEventKind.TRIAL_ENDED, subscription, null, null, null);
        } else if (subscription.isDueForRenewal(now) && subscription.channel() == Channel.CENTRAL) {
            invoiceToTheOrganization(subscription, now);
        } else if (subscription.isDueForRenewal(now)) {
            PaymentMethod card = repository.paymentMethod(subscription.paymentMethodId()).orElseThrow();
            Money price = subscription.termPrice();
            // The reference names the term, so a gateway sees a retried charge of the same term as one charge.
            PaymentGateway.Charge charge = gateway.charge(card.gatewayToken(), price,
                    subscription.id() + ":" + subscription.renewsAt());
            if (charge.isApproved()) {
                charges.voidIfRolledBack(charge.chargeId());
                Instant termStart = subscription.renewsAt();
                boolean wasTrial = subscription.status() == SubscriptionStatus.TRIAL;
                String action = wasTrial ? CommerceAudit.TRIAL_CONVERTED : CommerceAudit.RENEWED;
                subscription.renewed();
                repository.add(new Invoice(subscription, price, charge.chargeId(), now, termStart, subscription.renewsAt(),
                        subscription.quantity()));
                audit.bySystem(subscription, action, price.amount() + " " + price.currency());
                events.announce(wasTrial ? SubscriptionEventKind.TRIAL_CONVERTED : SubscriptionEventKind.RENEWED,
                        subscription, null, price, null);
            } else {
                subscription.renewalDeclined(now);
                boolean expired = subscription.status() == SubscriptionStatus.EXPIRED;
                audit.bySystem(subscription, expired ? CommerceAudit.EXPIRED : CommerceAudit.RENEWAL_DECLINED,
                        charge.declined().name());
                events.announce(expired ? SubscriptionEventKind.EXPIRED : SubscriptionEventKind.PAYMENT_FAILED,
                        subscription, null, null, charge.declined().name());
            }
        }
        repository.releaseRenewal(subscriptionId);
    }

    /**
     * Reminds of an upcoming trial end or annual renewal (TRIAL_ENDING_SOON, RENEWAL_REMINDER) with what it
     * will cost. Announced on every run inside the reminder window: observers keep one per term (the
     * notifications module remembers per subscription and date what it announced).
     */
    public void remind(UUID subscriptionId) {
        Subscription subscription = repository.subscription(subscriptionId).orElseThrow();
        if (!subscription.isRunning()) {
            return;
        }
        boolean trial = subscription.status() == SubscriptionStatus.TRIAL;
        boolean paidAfter = !trial || !subscription.isTrialWithoutPaymentMethod();
        events.announce(trial ? SubscriptionEventKind.TRIAL_ENDING_SOON : SubscriptionEventKind.RENEWAL_REMINDER,
                subscription, null, paidAfter ? subscription.termPrice() : null,
                trial && paidAfter ? "WITH_CARD" : null);
    }

    /** A central subscription is not charged to a card: its next term is invoiced to the organization. */
    private void invoiceToTheOrganization(Subscription subscription, Instant now) {
        Money price = subscription.termPrice();
        Instant termStart = subscription.renewsAt();
        subscription.renewed();
        repository.add(new Invoice(subscription, price, null, now, termStart, subscription.renewsAt(), subscription.quantity()));
        audit.bySystem(subscription, CommerceAudit.RENEWED, price.amount() + " " + price.currency());
        events.announce(SubscriptionEventKind.RENEWED, subscription, null, price, null);
    }
}
