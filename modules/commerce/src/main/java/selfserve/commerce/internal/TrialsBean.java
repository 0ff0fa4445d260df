package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import selfserve.commerce.api.SubscriptionEventKind;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Price;
import selfserve.commerce.api.PurchaseRequest;
import selfserve.commerce.api.Purchases;
import selfserve.commerce.api.SubscriptionView;
import selfserve.commerce.api.Term;
import selfserve.commerce.api.TrialRequest;
import selfserve.commerce.api.Trials;
import selfserve.commerce.domain.IdempotentRequest;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.commerce.domain.PurchaseFingerprint;
import selfserve.commerce.domain.Subscription;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Eligibility;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.Profile;
import selfserve.identity.api.PurchaseKind;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;

/** Starting trials, without or with a card; nothing is charged until a trial with a card ends. */
@Stateless
@RolesAllowed(Roles.USER)
public class TrialsBean implements Trials {

    static final Duration LENGTH = Duration.ofDays(30);

    @Inject
    private Profile profile;

    @Inject
    private Eligibility eligibility;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private CommerceRepository repository;

    @Inject
    private Cards cards;

    @Inject
    private IdempotentRequests idempotentRequests;

    @Inject
    private CommerceAudit audit;

    @Inject
    private SubscriptionEvents events;

    @Inject
    private Clock clock;

    @Override
    public SubscriptionView start(TrialRequest request, String idempotencyKey) {
        Caller caller = profile.current();
        boolean withCard = request.payment() != null;
        String fingerprint = "trial:" + (withCard
                ? PurchaseFingerprint.of(new PurchaseRequest(request.productId(), request.quantity(), request.term(),
                request.payment()))
                : request.productId());
        var earlier = idempotentRequests.earlier(caller, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return view(repository.subscription(earlier.get().subscriptionId()).orElseThrow());
        }
        IdempotentRequest claim = idempotentRequests.claim(caller, idempotencyKey, fingerprint);
        Instant now = clock.instant();
        Product product = catalog.product(request.productId())
                .orElseThrow(() -> SelfServeException.notFound("PRODUCT_NOT_FOUND", request.productId()));
        if (repository.hadTrial(caller.userId(), product.id())) {
            throw SelfServeException.conflict("TRIAL_ALREADY_USED", product.name());
        }
        Started started = withCard ? trialWithCard(caller, product, request, now)
                : new Started(trialWithoutPaymentMethod(caller, product, now), " without payment method");
        Subscription trial = started.trial();
        repository.add(trial);
        claim.completedWith(trial, null);
        audit.byCaller(caller, CommerceAudit.TRIAL_STARTED, trial, null,
                product.id() + " x" + trial.quantity() + started.auditNote());
        events.announce(SubscriptionEventKind.TRIAL_STARTED, trial, caller.userId(), null, withCard ? "WITH_CARD" : null);
        return view(trial);
    }

    private Subscription trialWithoutPaymentMethod(Caller caller, Product product, Instant now) {
        if (!product.trialWithoutPaymentMethod()) {
            throw SelfServeException.invalid("TRIAL_NOT_OFFERED", product.name());
        }
        PurchaseTransaction.requireEligible(eligibility.mine(product.id(), PurchaseKind.TRIAL_WITHOUT_PAYMENT_METHOD));
        Price price = price(caller, product, Term.MONTHLY);
        return Subscription.trial(caller.tenant().id(), caller.userId(), price, LICENSES_WITHOUT_PAYMENT_METHOD, null, now, LENGTH);
    }

    /** A trial and how it is paid, for its audit entry. */
    private record Started(Subscription trial, String auditNote) {
    }

    private Started trialWithCard(Caller caller, Product product, TrialRequest request, Instant now) {
        PurchaseTransaction.requireEligible(eligibility.mine(product.id(), PurchaseKind.PURCHASE));
        if (request.quantity() < Purchases.FEWEST_LICENSES || request.quantity() > Purchases.MOST_LICENSES) {
            throw SelfServeException.invalid("QUANTITY_OUT_OF_RANGE", Purchases.FEWEST_LICENSES, Purchases.MOST_LICENSES);
        }
        Price price = price(caller, product, request.term() == null ? Term.MONTHLY : request.term());
        ChosenCard card = cards.of(caller, request.payment(), now);
        return new Started(Subscription.trial(caller.tenant().id(), caller.userId(), price, request.quantity(),
                card.method().id(), now, LENGTH), " with card" + card.auditNote());
    }

    private Price price(Caller caller, Product product, Term term) {
        return repository.price(product.id(), Channel.SELF_SERVICE, term, caller.currency())
                .orElseThrow(() -> SelfServeException.invalid("PRICE_NOT_AVAILABLE", product.name(), caller.currency()));
    }

    private SubscriptionView view(Subscription subscription) {
        return subscription.view(catalog.product(subscription.productId()).map(Product::name).orElse(subscription.productId()));
    }
}
