package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import selfserve.commerce.api.AssignedLicenses;
import selfserve.commerce.api.CancelReason;
import selfserve.commerce.api.CentralPrice;
import selfserve.commerce.api.CentralPurchaseRequest;
import selfserve.commerce.api.CentralPurchases;
import selfserve.commerce.api.CentralReceipt;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Price;
import selfserve.commerce.api.SubscriptionEventKind;
import selfserve.commerce.api.TenantSubscriptionDetails;
import selfserve.commerce.api.Term;
import selfserve.commerce.domain.IdempotentRequest;
import selfserve.commerce.domain.Invoice;
import selfserve.commerce.domain.ProRata;
import selfserve.commerce.domain.Subscription;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;

/**
 * Central buying for the organization: identity decides whether the caller may buy for the
 * tenant (Global admin or Billing admin there, or a partner by delegation); the self-service policy does
 * not apply. Nothing is charged to a card: every amount is invoiced to the organization, in the same
 * transaction as the subscription, its order history and its audit entry.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class CentralPurchasesBean implements CentralPurchases {

    static final Set<Role> BUYERS = Set.of(Role.GLOBAL_ADMIN, Role.BILLING_ADMIN);
    static final int LONGEST_FEEDBACK = SubscriptionsBean.LONGEST_FEEDBACK;

    @Inject
    private Profile profile;

    @Inject
    private AdminScope scope;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private CommerceRepository repository;

    @Inject
    private CommerceAudit audit;

    @Inject
    private SubscriptionEvents events;

    @Inject
    private IdempotentRequests idempotentRequests;

    @Inject
    private TenantViews views;

    @Inject
    private Instance<AssignedLicenses> assignedLicenses;

    @Inject
    private Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a refusal asked for here changes nothing
    public boolean canBuy(UUID tenantId) {
        try {
            scope.require(tenantId, BUYERS);
            return true;
        } catch (SelfServeException refused) {
            return false;
        }
    }

    @Override
    public List<CentralPrice> prices(UUID tenantId) {
        String currency = scope.currency(tenantId, TenantPurchasesBean.READERS);
        return catalog.products().stream()
                .sorted(Comparator.comparing(Product::name, String.CASE_INSENSITIVE_ORDER))
                .flatMap(product -> repository.prices(Channel.CENTRAL, currency).stream()
                        .filter(price -> price.productId().equals(product.id()))
                        .sorted(Comparator.comparing(Price::term))
                        .map(price -> new CentralPrice(product.id(), product.name(), price)))
                .toList();
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.PARTNER})
    public CentralReceipt purchase(UUID tenantId, CentralPurchaseRequest request, String idempotencyKey) {
        Caller caller = profile.current();
        TenantRef tenant = scope.require(tenantId, BUYERS);
        if (request == null) {
            throw SelfServeException.invalid("INVALID_INPUT", "productId, quantity");
        }
        Term term = request.term() == null ? Term.MONTHLY : request.term();
        String fingerprint = String.join("|", "central", tenant.id().toString(),
                String.valueOf(request.productId()).strip().toUpperCase(Locale.ROOT), Integer.toString(request.quantity()),
                term.name());
        var earlier = idempotentRequests.earlier(caller, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return receipt(repository.subscription(earlier.get().subscriptionId()).orElseThrow(),
                    repository.invoice(earlier.get().invoiceId()).orElseThrow());
        }
        IdempotentRequest claim = idempotentRequests.claim(caller, idempotencyKey, fingerprint);

        Product product = catalog.product(request.productId())
                .orElseThrow(() -> SelfServeException.notFound("PRODUCT_NOT_FOUND", request.productId()));
        requireQuantity(request.quantity());
        String currency = scope.currency(tenant.id(), BUYERS);
        Price price = repository.price(product.id(), Channel.CENTRAL, term, currency)
                .orElseThrow(() -> SelfServeException.invalid("PRICE_NOT_AVAILABLE", product.name(), currency));

        Instant now = clock.instant();
        Subscription subscription = Subscription.central(tenant.id(), price, request.quantity(), now);
        Money total = price.forTerm(request.quantity());
        Invoice invoice = new Invoice(subscription, total, null, now, subscription.startedAt(), subscription.renewsAt(),
                subscription.quantity());
        repository.add(subscription);
        repository.add(invoice);
        claim.completedWith(subscription, invoice);
        audit.byAdmin(caller, CommerceAudit.CENTRAL_PURCHASE, subscription, null,
                product.id() + " x" + request.quantity() + " " + term + " " + total.amount() + " " + total.currency());
        events.announce(SubscriptionEventKind.PURCHASED, subscription, caller.userId(), total, null);
        return receipt(subscription, invoice);
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.PARTNER})
    public TenantSubscriptionDetails changeQuantity(UUID tenantId, UUID subscriptionId, int newTotal, String idempotencyKey) {
        Caller caller = profile.current();
        TenantRef tenant = scope.require(tenantId, BUYERS);
        String fingerprint = "central-quantity:" + subscriptionId + ":" + newTotal;
        var earlier = idempotentRequests.earlier(caller, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return views.details(tenant, views.subscriptionOf(tenant, earlier.get().subscriptionId()));
        }
        IdempotentRequest claim = idempotentRequests.claim(caller, idempotencyKey, fingerprint);
        Subscription subscription = runningCentral(views.subscriptionOf(tenant, subscriptionId));
        requireQuantity(newTotal);
        int assigned = assignedLicenses.isResolvable() ? assignedLicenses.get().assigned(subscriptionId) : 0;
        if (newTotal < assigned) {
            throw SelfServeException.invalid("QUANTITY_BELOW_ASSIGNED", assigned);
        }
        int before = subscription.quantity();
        Invoice invoice = newTotal > before ? invoiceAddedLicenses(subscription, newTotal - before) : null;
        subscription.changeQuantity(newTotal);
        claim.completedWith(subscription, invoice);
        audit.byAdmin(caller, CommerceAudit.CENTRAL_QUANTITY_CHANGED, subscription,
                String.valueOf(before), String.valueOf(newTotal));
        events.announce(SubscriptionEventKind.QUANTITY_CHANGED, subscription, caller.userId(), before,
                invoice == null ? null : invoice.amount(), null);
        return views.details(tenant, subscription);
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.PARTNER})
    public TenantSubscriptionDetails cancel(UUID tenantId, UUID subscriptionId, CancelReason reason, String feedback) {
        Caller caller = profile.current();
        TenantRef tenant = scope.require(tenantId, BUYERS);
        Subscription subscription = runningCentral(views.subscriptionOf(tenant, subscriptionId));
        if (reason == null) {
            throw SelfServeException.invalid("CANCEL_REASON_REQUIRED");
        }
        String cleanFeedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
        if (cleanFeedback != null && cleanFeedback.length() > LONGEST_FEEDBACK) {
            throw SelfServeException.invalid("FEEDBACK_TOO_LONG", LONGEST_FEEDBACK);
        }
        subscription.cancel(reason, cleanFeedback, clock.instant());
        audit.byAdmin(caller, CommerceAudit.CENTRAL_CANCELED, subscription, null, reason.name());
        events.announce(SubscriptionEventKind.CANCELED_BY_ADMIN, subscription, caller.userId(), null, reason.name());
        return views.details(tenant, subscription);
    }

    /** More licenses during a term: their share of what is left of it, invoiced to the organization now. */
    private Invoice invoiceAddedLicenses(Subscription subscription, int added) {
        Instant now = clock.instant();
        Money amount = ProRata.forAddedLicenses(subscription.unitPrice(), subscription.term(), added, now,
                subscription.termStartedAt(), subscription.renewsAt());
        Invoice invoice = new Invoice(subscription, amount, null, now, now, subscription.renewsAt(), added);
        repository.add(invoice);
        return invoice;
    }

    private static void requireQuantity(int quantity) {
        if (quantity < FEWEST_LICENSES || quantity > MOST_LICENSES) {
            throw SelfServeException.invalid("QUANTITY_OUT_OF_RANGE", FEWEST_LICENSES, MOST_LICENSES);
        }
    }

    /** Only a running central subscription is changed here; a self-service one belongs to its purchaser. */
    private static Subscription runningCentral(Subscription subscription) {
        if (subscription.channel() != Channel.CENTRAL) {
            throw SelfServeException.conflict("SUBSCRIPTION_NOT_CENTRAL");
        }
        if (!subscription.isRunning()) {
            throw SelfServeException.conflict("SUBSCRIPTION_NOT_RUNNING");
        }
        return subscription;
    }

    private CentralReceipt receipt(Subscription subscription, Invoice invoice) {
        String name = catalog.product(subscription.productId()).map(Product::name).orElse(subscription.productId());
        return new CentralReceipt(subscription.id(), invoice.id(), invoice.number(), subscription.productId(), name,
                subscription.quantity(), subscription.term(), subscription.unitPrice(), invoice.amount(),
                subscription.startedAt(), subscription.renewsAt());
    }
}
