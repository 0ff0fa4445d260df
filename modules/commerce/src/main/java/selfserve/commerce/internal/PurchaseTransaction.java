package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Price;
import selfserve.commerce.api.PurchaseRequest;
import selfserve.commerce.api.Purchases;
import selfserve.commerce.api.Receipt;
import selfserve.commerce.api.SubscriptionEventKind;
import selfserve.commerce.api.Term;
import selfserve.commerce.domain.IdempotentRequest;
import selfserve.commerce.domain.Invoice;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.commerce.domain.PurchaseFingerprint;
import selfserve.commerce.domain.Subscription;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Eligibility;
import selfserve.identity.api.EligibilityDecision;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.Profile;
import selfserve.identity.api.PurchaseKind;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;

/**
 * One self-service purchase in one transaction, in the order that leaves nothing behind: claim the
 * idempotency key, check eligibility, price, card and quantity, charge, then record subscription, invoice
 * and audit entry. Any refusal rolls it all back; a charge whose transaction rolls back anyway is voided
 * at the gateway. {@link PurchasesBean} runs it, and runs it again when it lost the key to a twin request.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class PurchaseTransaction {

    @Inject
    private Profile profile;

    @Inject
    private Eligibility eligibility;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private CommerceRepository repository;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private CommerceAudit audit;

    @Inject
    private SubscriptionEvents events;

    @Inject
    private Clock clock;

    @Inject
    private Charges charges;

    @Inject
    private Cards cards;

    @Inject
    private IdempotentRequests idempotentRequests;

    /** Buys, or answers the receipt of the caller's earlier request with this key and body. */
    public Receipt purchase(PurchaseRequest request, String idempotencyKey) {
        Caller caller = profile.current();
        String fingerprint = PurchaseFingerprint.of(request);
        var earlier = idempotentRequests.earlier(caller, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return receipt(earlier.get());
        }
        IdempotentRequest claim = idempotentRequests.claim(caller, idempotencyKey, fingerprint);
        Instant now = clock.instant();

        Product product = eligibleProduct(request.productId());
        if (request.quantity() < Purchases.FEWEST_LICENSES || request.quantity() > Purchases.MOST_LICENSES) {
            throw SelfServeException.invalid("QUANTITY_OUT_OF_RANGE", Purchases.FEWEST_LICENSES, Purchases.MOST_LICENSES);
        }
        Term term = request.term() == null ? Term.MONTHLY : request.term();
        Price price = repository.price(product.id(), Channel.SELF_SERVICE, term, caller.currency())
                .orElseThrow(() -> SelfServeException.invalid("PRICE_NOT_AVAILABLE", product.name(), caller.currency()));
        ChosenCard chosen = cards.of(caller, request.payment(), now);
        PaymentMethod card = chosen.method();

        Money total = price.forTerm(request.quantity());
        PaymentGateway.Charge charge = gateway.charge(card.gatewayToken(), total,
                caller.userId() + ":" + idempotencyKey);
        if (!charge.isApproved()) {
            throw SelfServeException.unprocessable("PAYMENT_DECLINED", charge.declined());
        }
        charges.voidIfRolledBack(charge.chargeId());

        Subscription subscription = Subscription.selfService(caller.tenant().id(), caller.userId(), price,
                request.quantity(), card.id(), now);
        Invoice invoice = new Invoice(subscription, total, charge.chargeId(), now, now, subscription.renewsAt(),
                subscription.quantity());
        repository.add(subscription);
        repository.add(invoice);
        claim.completedWith(subscription, invoice);
        audit.byCaller(caller, CommerceAudit.PURCHASE, subscription, null,
                product.id() + " x" + request.quantity() + " " + term + " " + total.amount() + " " + total.currency()
                        + chosen.auditNote());
        events.announce(SubscriptionEventKind.PURCHASED, subscription, caller.userId(), total, null);
        return receipt(product, subscription, invoice, card);
    }

    private Product eligibleProduct(String productId) {
        Product product = catalog.product(productId)
                .orElseThrow(() -> SelfServeException.notFound("PRODUCT_NOT_FOUND", productId));
        requireEligible(eligibility.mine(product.id(), PurchaseKind.PURCHASE));
        return product;
    }

    static void requireEligible(EligibilityDecision decision) {
        if (!decision.eligible()) {
            throw SelfServeException.forbidden("NOT_ELIGIBLE", decision.reason());
        }
    }

    private Receipt receipt(IdempotentRequest earlier) {
        Subscription subscription = repository.subscription(earlier.subscriptionId()).orElseThrow();
        Invoice invoice = repository.invoice(earlier.invoiceId()).orElseThrow();
        PaymentMethod card = repository.paymentMethod(subscription.paymentMethodId()).orElseThrow();
        return receipt(catalog.product(subscription.productId()).orElseThrow(), subscription, invoice, card);
    }

    private static Receipt receipt(Product product, Subscription subscription, Invoice invoice, PaymentMethod card) {
        return new Receipt(subscription.id(), invoice.id(), invoice.number(), product.id(), product.name(),
                subscription.quantity(), subscription.term(), subscription.unitPrice(), invoice.amount(), card.brand().name(),
                card.last4(), subscription.startedAt(), subscription.renewsAt());
    }
}
