package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import selfserve.commerce.api.BillingAddress;
import selfserve.commerce.api.CardDetails;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.DemoPurchasesSeeded;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Price;
import selfserve.commerce.api.SubscriptionEvent;
import selfserve.commerce.api.SubscriptionEventKind;
import selfserve.commerce.api.Term;
import selfserve.commerce.api.Trials;
import selfserve.commerce.domain.CardBrand;
import selfserve.commerce.domain.Invoice;
import selfserve.commerce.domain.OrderHistoryLine;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.commerce.domain.Subscription;
import selfserve.identity.api.DemoDirectorySeeded;
import selfserve.identity.api.DemoDirectorySeeded.DemoPerson;

/**
 * Demo mode's purchases, so that every view has something to show: self-service subscriptions of some
 * demo people, started months ago with an invoice for each month since, erik@contoso.se's trial of
 * Project Plan 1, and a central subscription of Contoso AB. Added once: a person who already has the product keeps what they have.
 */
@ApplicationScoped
public class DemoPurchases {

    private static final Logger LOG = Logger.getLogger(DemoPurchases.class.getName());
    private static final String TEST_CARD = "4242424242424242";
    private static final String PROJECT_PLAN_1 = "CFQ7TTC0HDB1";

    /** Who owns what, and since how many months. */
    private record DemoSubscription(String purchaser, String productId, int quantity, int monthsAgo) {
    }

    private static final List<DemoSubscription> SUBSCRIPTIONS = List.of(
            new DemoSubscription("anna@contoso.se", "CFQ7TTC0H9MP", 10, 4),
            new DemoSubscription("anna@contoso.se", "CFQ7TTC0HD32", 3, 2),
            new DemoSubscription("li.wei@contoso.cn", "CFQ7TTC0H9MP", 5, 3),
            new DemoSubscription("chen.mei@contoso.tw", "CFQ7TTC0HD33", 2, 3));

    /**
     * Contoso AB's own (central) subscriptions: Power BI Pro for most people, Visio Plan 2 to take anna's over into,
     * Microsoft 365 Copilot to give licenses from when a request is approved.
     */
    private static final List<DemoSubscription> CENTRAL = List.of(
            new DemoSubscription("admin@contoso.se", "CFQ7TTC0H9MP", 50, 5),
            new DemoSubscription("admin@contoso.se", "CFQ7TTC0HD32", 5, 1),
            // Copilot is bought centrally only (identity's demo policy); the demo's license request is approved from it.
            new DemoSubscription("admin@contoso.se", "CFQ7TTC0MM8R", 10, 1));

    @Inject
    private CommerceRepository repository;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private Clock clock;

    @Inject
    private Event<DemoPurchasesSeeded> seeded;

    void seed(@Observes DemoDirectorySeeded directory) {
        int added = 0;
        for (DemoSubscription demo : SUBSCRIPTIONS) {
            DemoPerson person = directory.people().get(demo.purchaser());
            boolean owned = repository.subscriptionsOf(person.userId()).stream()
                    .anyMatch(s -> s.productId().equals(demo.productId()));
            if (!owned) {
                selfService(person, demo);
                added++;
            }
        }
        DemoPerson erik = directory.people().get("erik@contoso.se");
        if (!repository.hadTrial(erik.userId(), PROJECT_PLAN_1)) {
            Price price = repository.price(PROJECT_PLAN_1, Channel.SELF_SERVICE, Term.MONTHLY, erik.currency()).orElseThrow();
            Subscription trial = Subscription.trial(erik.tenantId(), erik.userId(), price,
                    Trials.LICENSES_WITHOUT_PAYMENT_METHOD, null, clock.instant().minus(Duration.ofDays(10)), TrialsBean.LENGTH);
            repository.add(trial);
            history(SubscriptionEventKind.TRIAL_STARTED, trial, trial.startedAt(), null);
            added++;
        }
        DemoPerson contoso = directory.people().get("admin@contoso.se");
        for (DemoSubscription central : CENTRAL) {
            if (!repository.hasCentral(contoso.tenantId(), central.productId())) {
                Price price = repository.price(central.productId(), Channel.CENTRAL, Term.ANNUAL, contoso.currency())
                        .orElseThrow();
                record(Subscription.central(contoso.tenantId(), price, central.quantity(), monthsAgo(central.monthsAgo())));
                added++;
            }
        }
        int subscriptions = added;
        LOG.info(() -> "Demo mode: " + subscriptions + " demo subscriptions added");
        seeded.fire(new DemoPurchasesSeeded(directory.people(), directory.people().values().stream()
                .map(DemoPerson::tenantId)
                .distinct()
                .flatMap(tenant -> repository.subscriptionsOfTenant(tenant).stream())
                .map(Subscription::record)
                .toList()));
    }

    private void selfService(DemoPerson person, DemoSubscription demo) {
        Instant start = monthsAgo(demo.monthsAgo());
        YearMonth expiry = YearMonth.now(clock).plusYears(3);
        CardDetails card = new CardDetails(TEST_CARD, expiry.getMonthValue(), expiry.getYear(), "123", "Demo card",
                new BillingAddress("1 Demo Street", null, "Demo City", "00000", null));
        PaymentMethod method = new PaymentMethod(person.tenantId(), person.userId(), gateway.tokenize(card), CardBrand.VISA,
                "4242", expiry.getMonthValue(), expiry.getYear(), card.nameOnCard(), card.address(), start);
        repository.add(method);
        Price price = repository.price(demo.productId(), Channel.SELF_SERVICE, Term.MONTHLY, person.currency()).orElseThrow();
        record(Subscription.selfService(person.tenantId(), person.userId(), price, demo.quantity(), method.id(), start));
    }

    /** The subscription with an invoice for its first term and for each renewal up to now. */
    private void record(Subscription subscription) {
        repository.add(subscription);
        Instant termStart = subscription.startedAt();
        repository.add(new Invoice(subscription, subscription.termPrice(), null, termStart, termStart,
                subscription.renewsAt(), subscription.quantity()));
        history(SubscriptionEventKind.PURCHASED, subscription, termStart, subscription.termPrice());
        while (!subscription.renewsAt().isAfter(clock.instant())) {
            Instant renewal = subscription.renewsAt();
            subscription.renewed();
            repository.add(new Invoice(subscription, subscription.termPrice(), null, renewal, renewal,
                    subscription.renewsAt(), subscription.quantity()));
            history(SubscriptionEventKind.RENEWED, subscription, renewal, subscription.termPrice());
        }
    }

    /**
     * The order history of the demo's past, written directly: it is no news, so no event is announced
     * (nobody is notified of what the demo pretends happened months ago).
     */
    private void history(SubscriptionEventKind kind, Subscription subscription, Instant at, Money amount) {
        repository.add(OrderHistoryLine.of(new SubscriptionEvent(kind, subscription.id(), subscription.tenantId(),
                subscription.purchaserId(), kind == SubscriptionEventKind.RENEWED ? null : subscription.purchaserId(),
                subscription.productId(), subscription.quantity(), subscription.quantity(), amount, at,
                subscription.renewsAt(), null)));
    }

    private Instant monthsAgo(int months) {
        return clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
